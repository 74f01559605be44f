package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliteratorTest {

  @Test
  void englishNamesAreReadAsTheySound() {
    assertThat(Transliterator.candidates("Davis", true)).contains("дэвис");
    assertThat(Transliterator.candidates("Luther", true)).contains("лютер");
    assertThat(Transliterator.candidates("Newton", true)).contains("ньютон");
    assertThat(Transliterator.candidates("Gandhi", true)).contains("ганди");
    assertThat(Transliterator.candidates("Lane", true)).contains("лейн");
    assertThat(Transliterator.candidates("John", true)).as("an h after a vowel is silent").contains("джон");
    assertThat(Transliterator.candidates("Sarah", true)).contains("сара");
    assertThat(Transliterator.candidates("James", true)).as("so is the e of a final -es").contains("джеймс");
    assertThat(Transliterator.candidates("Jones", true)).contains("джонс");
    assertThat(Transliterator.candidates("Davis", true).get(0)).as("letter by letter first").isEqualTo("давис");
  }

  @Test
  void anAcronymIsReadLetterByLetter() {
    assertThat(Transliterator.candidates("ATO", true)).contains("это");
    assertThat(Transliterator.candidates("ATO", false)).contains("ато").doesNotContain("это");
  }

  @Test
  void bgnPcgnSpellingsComeBack() {
    assertThat(Transliterator.candidates("Tokayev", true)).contains("токаев");
    assertThat(Transliterator.candidates("Mirziyoyev", true)).contains("мирзиёев");
    assertThat(Transliterator.candidates("Khabarovsk", true).get(0)).isEqualTo("хабаровск");
    assertThat(Transliterator.candidates("Shchukin", true).get(0)).isEqualTo("щукин");
  }

  @Test
  void gostAndPassportSpellingsComeBack() {
    assertThat(Transliterator.candidates("Tokaev", true).get(0)).isEqualTo("токаев");
    assertThat(Transliterator.candidates("Iurii", true)).contains("юрий");
    assertThat(Transliterator.candidates("Vasilevskiy", true).get(0)).isEqualTo("василевский");
  }

  @Test
  void pressSpellingsAndHyphenatedNames() {
    assertThat(Transliterator.candidates("Nur-Sultan", true).get(0)).isEqualTo("нур-султан");
    assertThat(Transliterator.candidates("Zhanna", true).get(0)).isEqualTo("жанна");
    assertThat(Transliterator.candidates("Tzipi", true)).contains("ципи");
  }

  @Test
  void aWordInitialEIsReadAsE() {
    assertThat(Transliterator.candidates("Erdogan", true).get(0)).isEqualTo("эрдоган");
  }

  @Test
  void candidatesAreBounded() {
    assertThat(Transliterator.candidates("Tillerson", true)).hasSizeLessThanOrEqualTo(Transliterator.MAX_CANDIDATES)
        .startsWith("тиллерсон");
    assertThat(Transliterator.candidates("Abdulkhakimovichyevskiy-Sultanbekovkhodzhayev", true))
        .hasSizeLessThanOrEqualTo(Transliterator.MAX_CANDIDATES);
  }

  @Test
  void lettersNoSchemeCoversGiveNothing() {
    assertThat(Transliterator.candidates("Müller", true)).isEmpty();
    assertThat(Transliterator.candidates("F/A-18", true)).isEmpty();
  }
}
