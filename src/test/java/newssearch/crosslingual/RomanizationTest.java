package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanizationTest {

  @Test
  void namesGetTheSpellingsOfTheBgnPassportAndPressSchemes() {
    assertThat(Romanization.spellings("Токаев")).containsExactly("tokayev", "tokaev");
    assertThat(Romanization.spellings("Зеленский")).containsExactly("zelenskiy", "zelenskii", "zelensky");
    assertThat(Romanization.spellings("Ельцин")).containsExactly("yeltsin", "eltsin");
    assertThat(Romanization.spellings("Хабибуллин")).containsExactly("khabibullin");
    assertThat(Romanization.spellings("Юрий")).containsExactly("yuriy", "iurii", "yury");
  }

  @Test
  void hyphenatedNamesKeepTheirHyphenAndOtherLettersGiveNothing() {
    assertThat(Romanization.spellings("Нур-Султан")).containsExactly("nur-sultan");
    assertThat(Romanization.spellings("Тоқаев")).isEmpty();
    assertThat(Romanization.spellings("Trump")).isEmpty();
  }
}
