package newssearch.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StemmerTokenFilterTest {

  @Test
  void lightRussianGivesOneStemForTheCasesOfAPlaceName() {
    assertThat(Tokens.of(stemmer("light_russian"), "Астана Астане Астаны Астану Астаной"))
        .containsOnly("астан");
  }

  @Test
  void lightRussianKeepsCountryNamesWhole() {
    // Snowball's Russian stemmer cuts «Казахстан» to «казахста» but «Казахстане» to «казахстан»;
    // this is why the mappings use light_russian.
    assertThat(Tokens.of(stemmer("light_russian"), "Казахстан Казахстане Казахстана")).containsOnly("казахстан");
    assertThat(Tokens.of(stemmer("russian"), "Казахстан Казахстане")).doesNotHaveDuplicates();
  }

  @Test
  void englishIsPorter() {
    assertThat(Tokens.of(stemmer("english"), "elections summits")).containsExactly("elect", "summit");
  }

  @Test
  void possessiveEnglishDropsTheApostropheS() {
    assertThat(Tokens.of(stemmer("possessive_english"), "Kazakhstan's")).containsExactly("kazakhstan");
  }

  @Test
  void aKeywordMarkerKeepsListedWordsFromTheStemmer() {
    var marker = new KeywordMarkerTokenFilter(new KeywordMarkerTokenFilter.Settings() {
      @Override
      public java.util.List<String> keywords() {
        return java.util.List.of("токаев");
      }

      @Override
      public String keywordsPattern() {
        return "";
      }

      @Override
      public boolean ignoreCase() {
        return false;
      }
    });
    var stemmer = stemmer("light_russian");
    assertThat(Tokens.of(java.util.function.UnaryOperator.identity(), in -> stemmer.create(marker.create(in)),
        "Токаев Токаева")).containsExactly("токаев", "токаев");
    assertThat(Tokens.of(stemmer, "Токаев Токаева")).containsExactly("тока", "токаев");
  }

  @Test
  void refusesALanguageItDoesNotProvide() {
    assertThatThrownBy(() -> stemmer("klingon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("klingon");
  }

  private static StemmerTokenFilter stemmer(String language) {
    return new StemmerTokenFilter(() -> language);
  }
}
