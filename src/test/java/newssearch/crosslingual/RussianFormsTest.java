package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianFormsTest {

  @Test
  void verbsGiveTheStemTheirConjugatedFormsShare() {
    assertThat(RussianForms.verbStem("отменить")).hasValue("отмен");
    assertThat(RussianForms.verbStem("Освобождать")).hasValue("освобожд");
    assertThat(RussianForms.verbStem("подписаться")).hasValue("подпис");
  }

  @Test
  void stemsAreTheIndexsOwnSurnamesKeptWhole() {
    assertThat(RussianForms.stems("Цифрового форума")).isEqualTo("цифров форум");
    assertThat(RussianForms.stems("Токаев")).as("a surname the mapping marks, not the plural of «ток»")
        .isEqualTo("токаев");
    assertThat(RussianForms.stems("Токаеву")).as("the case forms meet it").isEqualTo("токаев");
  }

  @Test
  void otherWordsAndShortVerbsGiveNothing() {
    assertThat(RussianForms.verbStem("саммит")).isEmpty();
    assertThat(RussianForms.verbStem("цифровой форум")).isEmpty();
    assertThat(RussianForms.verbStem("быть")).isEmpty();
    assertThat(RussianForms.verbStem("жить")).isEmpty();
  }
}
