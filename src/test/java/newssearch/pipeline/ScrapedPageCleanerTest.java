package newssearch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapedPageCleanerTest {

  private static final String TITLE = "Парламент одобрил поправки о выборах";
  private static final String PAGE = String.join("\n",
      "",
      "1 204",
      "",
      "Депутаты приняли поправки в первом чтении.",
      "",
      "Парламент одобрил поправки о выборах Фото: Акорда",
      "",
      "Закон вступит в силу через десять дней, передает example-news.kz со ссылкой на пресс-службу.",
      "",
      "Парламент одобрил поправки о выборах",
      "",
      "Telegram",
      "ПОДПИСЫВАЙТЕСЬ НА НАС В TELEGRAM, ЧТОБЫ БЫТЬ В КУРСЕ",
      "Подписаться",
      "Читайте также:",
      "Другая новость");

  @Test
  void keepsLedeAndParagraphsDropsCounterCaptionRepeatedTitleAndFooter() {
    List<String> paragraphs = ScrapedPageCleaner.paragraphs(TITLE, PAGE);
    assertThat(paragraphs).containsExactly(
        "Депутаты приняли поправки в первом чтении.",
        "Закон вступит в силу через десять дней, передает example-news.kz со ссылкой на пресс-службу.");
  }

  @Test
  void findsTheOutletTheTextNames() {
    assertThat(ScrapedPageCleaner.statedOutlet("сообщил он, передает Inbusiness.kz со ссылкой на Акорду"))
        .contains("inbusiness.kz");
    assertThat(ScrapedPageCleaner.statedOutlet("ПЕРЕДАЁТ корреспондент Tengrinews.KZ")).contains("tengrinews.kz");
    assertThat(ScrapedPageCleaner.statedOutlet("без ссылки на издание")).isEmpty();
  }

  @Test
  void aFooterWordInsideTheArticleIsKept() {
    assertThat(ScrapedPageCleaner.paragraphs("Заголовок", "Telegram\nМессенджер Telegram оштрафовали.\nЕщё абзац."))
        .containsExactly("Мессенджер Telegram оштрафовали.", "Ещё абзац.");
  }
}
