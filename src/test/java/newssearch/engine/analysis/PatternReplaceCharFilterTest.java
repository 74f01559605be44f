package newssearch.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PatternReplaceCharFilterTest {

  private static PatternReplaceCharFilter filter(String pattern, String replacement) {
    return new PatternReplaceCharFilter(new PatternReplaceCharFilter.Settings() {
      @Override
      public String pattern() {
        return pattern;
      }

      @Override
      public String replacement() {
        return replacement;
      }
    });
  }

  @Test
  void replacesEveryMatch() {
    PatternReplaceCharFilter withoutCyrillic = filter("\\p{IsCyrillic}+", " ");
    assertThat(Tokens.of(withoutCyrillic::create, UnaryOperator.identity(), "Компания Toyota выпустит EV"))
        .containsExactly("toyota", "ev");
  }

  @Test
  void withoutPatternPassesTextThrough() {
    assertThat(Tokens.of(filter("", "")::create, UnaryOperator.identity(), "Ёлка tree")).containsExactly("ёлка", "tree");
  }
}
