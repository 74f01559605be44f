package newssearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /** Measured on real Kazakh news sentences (KazNERD): one line each, often short. */
  @Test
  void detectsKazakhInRealNewsSentences() throws IOException {
    List<String> sentences = Files.readAllLines(Path.of("../shared/data/kazakh/kaznerd_test_sentences.txt")).stream()
        .filter(s -> s.codePoints().filter(Character::isLetter).count() >= 60)
        .toList();
    long kazakh = sentences.stream().filter(s -> detector.detect(s).equals("kk")).count();
    double share = kazakh / (double) sentences.size();
    System.out.printf("language: %d of %d Kazakh sentences (60+ letters) detected as kk (%.1f%%)%n",
        kazakh, sentences.size(), share * 100);
    assertThat(share).isGreaterThan(0.95);
  }
}
