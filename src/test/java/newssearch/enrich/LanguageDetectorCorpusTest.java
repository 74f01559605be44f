package newssearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import newssearch.corpus.Corpora;
import newssearch.corpus.CorpusTest;
import org.junit.jupiter.api.Test;

/** The language detector measured on real Kazakh news sentences (KazNERD): one line each, often short. */
@CorpusTest
class LanguageDetectorCorpusTest {

  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void detectsKazakhInRealNewsSentences() throws IOException {
    List<String> sentences = Files.readAllLines(Corpora.resolve("kazakh/kaznerd_test_sentences.txt")).stream()
        .filter(s -> s.codePoints().filter(Character::isLetter).count() >= 60)
        .toList();
    long kazakh = sentences.stream().filter(s -> detector.detect(s).equals("kk")).count();
    double share = kazakh / (double) sentences.size();
    System.out.printf("language: %d of %d Kazakh sentences (60+ letters) detected as kk (%.1f%%)%n",
        kazakh, sentences.size(), share * 100);
    assertThat(share).isGreaterThan(0.95);
  }
}
