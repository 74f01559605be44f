package newssearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void tellsTheRegionsLanguagesApart() {
    assertThat(detector.detect("Президент Казахстана предложил провести в 2024 году Цифровой форум ШОС в Астане."))
        .isEqualTo("ru");
    assertThat(detector.detect("Мемлекет басшысы Қасым-Жомарт Тоқаев Шанхай ынтымақтастық ұйымының саммитіне қатысты."))
        .isEqualTo("kk");
    assertThat(detector.detect("Президент України провів зустріч із делегацією та обговорив співпрацю у сфері енергетики."))
        .isEqualTo("uk");
    assertThat(detector.detect("The President of Kazakhstan proposed holding an SCO digital forum in Astana in 2024."))
        .isEqualTo("en");
  }

  @Test
  void aRussianTextWithAKazakhNameStaysRussian() {
    assertThat(detector.detect("В Астане прошла встреча, на которой выступил аким области Ерлан Қожахметов, "
        + "рассказавший о планах строительства новых школ и больниц в регионе в ближайшие годы.")).isEqualTo("ru");
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertThat(detector.detect("ШОС 2024")).isEqualTo(LanguageDetector.UNDETERMINED);
  }
}
