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
  void refusesALanguageItDoesNotProvide() {
    assertThatThrownBy(() -> stemmer("klingon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("klingon");
  }

  private static StemmerTokenFilter stemmer(String language) {
    return new StemmerTokenFilter(() -> language);
  }
}
