package newssearch.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternReplaceTokenFilterTest {

  private static PatternReplaceTokenFilter filter(String pattern, String replacement, boolean all) {
    return new PatternReplaceTokenFilter(new PatternReplaceTokenFilter.Settings() {
      @Override
      public String pattern() {
        return pattern;
      }

      @Override
      public String replacement() {
        return replacement;
      }

      @Override
      public boolean all() {
        return all;
      }
    });
  }

  @Test
  void replacesInEachTokenWithGroups() {
    assertThat(Tokens.of(filter("^(.+[кб])[оеё]([кц])$", "$1$2", true), "кубок кубка отец")).containsExactly("кубк", "кубка",
        "отец");
  }

  @Test
  void replacesEveryMatchOrOnlyTheFirst() {
    assertThat(Tokens.of(filter("а", "о", true), "канава")).containsExactly("коново");
    assertThat(Tokens.of(filter("а", "о", false), "канава")).containsExactly("конава");
  }

  @Test
  void withoutPatternPassesTokensThrough() {
    assertThat(Tokens.of(filter("", "", true), "Ёлка")).containsExactly("ёлка");
  }
}
