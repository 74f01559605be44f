package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliteratorTest {

  @Test
  void bgnPcgnSpellingsComeBack() {
    assertThat(Transliterator.candidates("Tokayev")).contains("токаев");
    assertThat(Transliterator.candidates("Mirziyoyev")).contains("мирзиёев");
    assertThat(Transliterator.candidates("Khabarovsk").get(0)).isEqualTo("хабаровск");
    assertThat(Transliterator.candidates("Shchukin").get(0)).isEqualTo("щукин");
  }

  @Test
  void gostAndPassportSpellingsComeBack() {
    assertThat(Transliterator.candidates("Tokaev").get(0)).isEqualTo("токаев");
    assertThat(Transliterator.candidates("Iurii")).contains("юрий");
    assertThat(Transliterator.candidates("Vasilevskiy").get(0)).isEqualTo("василевский");
  }

  @Test
  void pressSpellingsAndHyphenatedNames() {
    assertThat(Transliterator.candidates("Nur-Sultan").get(0)).isEqualTo("нур-султан");
    assertThat(Transliterator.candidates("Zhanna").get(0)).isEqualTo("жанна");
    assertThat(Transliterator.candidates("Tzipi")).contains("ципи");
  }

  @Test
  void aWordInitialEIsReadAsE() {
    assertThat(Transliterator.candidates("Erdogan").get(0)).isEqualTo("эрдоган");
  }

  @Test
  void candidatesAreBounded() {
    assertThat(Transliterator.candidates("Tillerson")).hasSizeLessThanOrEqualTo(Transliterator.MAX_CANDIDATES)
        .startsWith("тиллерсон");
    assertThat(Transliterator.candidates("Abdulkhakimovichyevskiy-Sultanbekovkhodzhayev"))
        .hasSizeLessThanOrEqualTo(Transliterator.MAX_CANDIDATES);
  }

  @Test
  void lettersNoSchemeCoversGiveNothing() {
    assertThat(Transliterator.candidates("Müller")).isEmpty();
    assertThat(Transliterator.candidates("F/A-18")).isEmpty();
  }
}
