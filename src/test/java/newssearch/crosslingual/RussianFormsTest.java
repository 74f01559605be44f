package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianFormsTest {

  @Test
  void stemsAreTheIndexsOwnSurnamesKeptWhole() {
    assertThat(RussianForms.stems("Цифрового форума")).isEqualTo("цифров форум");
    assertThat(RussianForms.stems("Токаев")).as("a surname the mapping marks, not the plural of «ток»")
        .isEqualTo("токаев");
    assertThat(RussianForms.stems("Токаеву")).as("the case forms meet it").isEqualTo("токаев");
  }
}
