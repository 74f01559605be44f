package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliteratorTest {

  @Test
  void englishNamesAreReadAsTheySound() {
    assertThat(Transliterator.candidates("Davis", Transliterator.Reading.NAME)).contains("дэвис");
    assertThat(Transliterator.candidates("Luther", Transliterator.Reading.NAME)).contains("лютер");
    assertThat(Transliterator.candidates("Newton", Transliterator.Reading.NAME)).contains("ньютон");
    assertThat(Transliterator.candidates("Gandhi", Transliterator.Reading.NAME)).contains("ганди");
    assertThat(Transliterator.candidates("Lane", Transliterator.Reading.NAME)).contains("лейн");
    assertThat(Transliterator.candidates("John", Transliterator.Reading.NAME)).as("an h after a vowel is silent").contains("джон");
    assertThat(Transliterator.candidates("Sarah", Transliterator.Reading.NAME)).contains("сара");
    assertThat(Transliterator.candidates("James", Transliterator.Reading.NAME)).as("so is the e of a final -es").contains("джеймс");
    assertThat(Transliterator.candidates("Jones", Transliterator.Reading.NAME)).contains("джонс");
    assertThat(Transliterator.candidates("Davis", Transliterator.Reading.NAME).get(0)).as("letter by letter first").isEqualTo("давис");
  }

  @Test
  void aLoanIsReadAsGreekAndLatinWordsAreInRussian() {
    assertThat(Transliterator.candidates("chloroplast", Transliterator.Reading.LOAN).get(0)).isEqualTo("хлоропласт");
    assertThat(Transliterator.candidates("cycle", Transliterator.Reading.LOAN)).contains("цикл");
    assertThat(Transliterator.candidates("activation", Transliterator.Reading.LOAN)).contains("активация");
    assertThat(Transliterator.candidates("endosymbiotic", Transliterator.Reading.LOAN).get(0))
        .as("an adjective in -ic takes the Russian ending").isEqualTo("эндосимбиотический");
    assertThat(Transliterator.candidates("Charles", Transliterator.Reading.NAME).get(0)).as("a name's ch stays ч")
        .isEqualTo("чарлес");
  }

  @Test
  void anAcronymIsReadLetterByLetter() {
    assertThat(Transliterator.candidates("ATO", Transliterator.Reading.NAME)).contains("это");
    assertThat(Transliterator.candidates("ATO", Transliterator.Reading.LETTERS)).contains("ато").doesNotContain("это");
  }

  @Test
  void bgnPcgnSpellingsComeBack() {
    assertThat(Transliterator.candidates("Tokayev", Transliterator.Reading.NAME)).contains("токаев");
    assertThat(Transliterator.candidates("Mirziyoyev", Transliterator.Reading.NAME)).contains("мирзиёев");
    assertThat(Transliterator.candidates("Khabarovsk", Transliterator.Reading.NAME).get(0)).isEqualTo("хабаровск");
    assertThat(Transliterator.candidates("Shchukin", Transliterator.Reading.NAME).get(0)).isEqualTo("щукин");
  }

  @Test
  void gostAndPassportSpellingsComeBack() {
    assertThat(Transliterator.candidates("Tokaev", Transliterator.Reading.NAME).get(0)).isEqualTo("токаев");
    assertThat(Transliterator.candidates("Iurii", Transliterator.Reading.NAME)).contains("юрий");
    assertThat(Transliterator.candidates("Vasilevskiy", Transliterator.Reading.NAME).get(0)).isEqualTo("василевский");
  }

  @Test
  void pressSpellingsAndHyphenatedNames() {
    assertThat(Transliterator.candidates("Nur-Sultan", Transliterator.Reading.NAME).get(0)).isEqualTo("нур-султан");
    assertThat(Transliterator.candidates("Zhanna", Transliterator.Reading.NAME).get(0)).isEqualTo("жанна");
    assertThat(Transliterator.candidates("Tzipi", Transliterator.Reading.NAME)).contains("ципи");
  }

  @Test
  void aWordInitialEIsReadAsE() {
    assertThat(Transliterator.candidates("Erdogan", Transliterator.Reading.NAME).get(0)).isEqualTo("эрдоган");
  }

  @Test
  void candidatesAreBounded() {
    assertThat(Transliterator.candidates("Tillerson", Transliterator.Reading.NAME)).hasSizeLessThanOrEqualTo(Transliterator.MAX_CANDIDATES)
        .startsWith("тиллерсон");
    assertThat(Transliterator.candidates("Abdulkhakimovichyevskiy-Sultanbekovkhodzhayev", Transliterator.Reading.NAME))
        .hasSizeLessThanOrEqualTo(Transliterator.MAX_CANDIDATES);
  }

  @Test
  void lettersNoSchemeCoversGiveNothing() {
    assertThat(Transliterator.candidates("F/A-18", Transliterator.Reading.NAME)).isEmpty();
  }

  @Test
  void anAccentedLetterIsReadAsItsPlainLetter() {
    assertThat(Transliterator.candidates("Temüjin", Transliterator.Reading.NAME)).contains("тэмуджин");
    assertThat(Transliterator.candidates("Müller", Transliterator.Reading.NAME)).contains("мюллер");
    assertThat(Transliterator.candidates("Börte", Transliterator.Reading.NAME)).contains("бортэ");
  }

  @Test
  void germanAndGreekSpellingsOfNamesAndLoans() {
    assertThat(Transliterator.candidates("Friedrich", Transliterator.Reading.NAME)).contains("фридрих");
    assertThat(Transliterator.candidates("Dietrich", Transliterator.Reading.NAME)).contains("дитрих");
    assertThat(Transliterator.candidates("Rhodes", Transliterator.Reading.NAME).get(0)).isEqualTo("родес");
    assertThat(Transliterator.candidates("rhodophyte", Transliterator.Reading.LOAN)).contains("родофит");
    assertThat(Transliterator.candidates("Grigoriev", Transliterator.Reading.NAME)).as("a Russian name's ie is still ье")
        .contains("григорьев");
  }

  @Test
  void anEnglishOwIsADiphthongAndAGuBeforeEOrIAHardG() {
    assertThat(Transliterator.candidates("Brown", Transliterator.Reading.NAME)).contains("браун");
    assertThat(Transliterator.candidates("Snowden", Transliterator.Reading.NAME)).contains("сноуден");
    assertThat(Transliterator.candidates("Guevara", Transliterator.Reading.NAME)).contains("гевара");
    assertThat(Transliterator.candidates("guitarist", Transliterator.Reading.LOAN).get(0)).isEqualTo("гитарист");
  }

  @Test
  void aLoansEndingIsReplacedByTheRussianOne() {
    assertThat(Transliterator.candidates("adaptive", Transliterator.Reading.LOAN).get(0)).isEqualTo("адаптивный");
    assertThat(Transliterator.candidates("geologist", Transliterator.Reading.LOAN).get(0)).isEqualTo("геолог");
    assertThat(Transliterator.candidates("photographer", Transliterator.Reading.LOAN).get(0)).isEqualTo("фотограф");
    assertThat(Transliterator.candidates("Adaptive", Transliterator.Reading.NAME)).as("a name keeps its letters")
        .doesNotContain("адаптивный");
  }

  @Test
  void aHyphenatedNamesPartsAreReadTogetherByHowUsualEachReadingIs() {
    // The first part's second reading with the second's first, before the first part's first reading
    // with the second's twenty-fourth: the Arabic article al- is «аль-» in Russian.
    assertThat(Transliterator.candidates("Al-Muwaffaq", Transliterator.Reading.NAME)).contains("аль-муваффак");
    assertThat(Transliterator.candidates("Nur-Sultan", Transliterator.Reading.NAME).get(0)).isEqualTo("нур-султан");
  }
}
