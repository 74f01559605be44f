package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenLanguageTest {

  @Test
  void scriptAndKazakhLettersTellTheLanguage() {
    assertThat(TokenLanguage.of("summit")).isEqualTo("en");
    assertThat(TokenLanguage.of("саммит")).isEqualTo("ru");
    assertThat(TokenLanguage.of("Тоқаев")).isEqualTo("kk");
    assertThat(TokenLanguage.of("Астана")).isEqualTo("ru");
    assertThat(TokenLanguage.of("2024")).isEqualTo("number");
  }
}
