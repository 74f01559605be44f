package newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticlePageControllerTest {

  @Test
  void aLedeThatOnlyRepeatsTheTitleIsNotShownTwice() {
    assertThat(ArticlePageController.repeatsTitle("Министром по делам «Брексита» назначен Доминик Рааб.",
        "Министром по делам «брексита» назначен Доминик Рааб")).isTrue();
    assertThat(ArticlePageController.repeatsTitle("Президент Казахстана предложил провести форум в Астане.",
        "Казахстан предлагает свои услуги – Токаев")).isFalse();
    assertThat(ArticlePageController.repeatsTitle(null, "Заголовок")).isFalse();
  }

  @Test
  void paragraphsAreTheBlocksBetweenBlankLines() {
    assertThat(ArticlePageController.paragraphs("Первый <mark>абзац</mark>.\n\n  \nВторой\nабзац.\n\n"))
        .containsExactly("Первый <mark>абзац</mark>.", "Второй\nабзац.");
  }
}
