package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GlossaryTest {

  @Test
  void everyEnglishTermIsListedOnceSoNoEntryHidesAnother() throws IOException {
    try (InputStream in = Glossary.class.getResourceAsStream(Glossary.RESOURCE)) {
      List<String> terms = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0].strip()).toList();
      Map<String, Long> counts = terms.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(counts).allSatisfy((term, count) -> assertThat(count).as(term).isEqualTo(1L));
      assertThat(Glossary.load().entries()).hasSize(terms.size());
    }
  }
}
