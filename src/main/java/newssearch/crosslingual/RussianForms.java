package newssearch.crosslingual;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * Russian word forms as keys: the surnames the index's mapping marks as keywords are kept whole,
 * the other words go through the light stemmer, so that a query's «цифрового форума» and a
 * dictionary's «цифровой форум» meet when a Russian query is looked up in the dictionary.
 */
public final class RussianForms {

  private static final Pattern SPACES = Pattern.compile("[\\s-]+");
  /** The mapping whose Russian analysis the query side repeats. */
  private static final String MAPPING = "/index-mappings/news.json";
  /**
   * The surnames the index marks as keywords, read from the mapping itself: the stemmer would take
   * «Токаев» for a plural (→ «тока»), so the index keeps them whole, and so must the query side.
   */
  private static final Set<String> SURNAMES = surnames();

  private RussianForms() {}

  /**
   * The stems of a word or term, lowercase, ё as е, words joined by a space: what the index's
   * {@code light_russian} stemmer makes of them («Цифрового форума» → «цифров форум»).
   */
  public static String stems(String term) {
    RussianLightStemmer stemmer = new RussianLightStemmer();
    return Arrays.stream(SPACES.split(term.toLowerCase(Locale.ROOT).replace('ё', 'е').strip()))
        .filter(w -> !w.isEmpty())
        .map(w -> {
          if (SURNAMES.contains(w)) {
            return w;
          }
          char[] chars = w.toCharArray();
          return new String(chars, 0, stemmer.stem(chars, chars.length));
        })
        .collect(Collectors.joining(" "));
  }

  private static Set<String> surnames() {
    try (InputStream in = RussianForms.class.getResourceAsStream(MAPPING)) {
      if (in == null) {
        throw new IllegalStateException(MAPPING + " is not on the class path");
      }
      Set<String> surnames = new HashSet<>();
      new ObjectMapper().readTree(in).at("/settings/analysis/filter/surnames/keywords")
          .forEach(k -> surnames.add(k.asText()));
      return Set.copyOf(surnames);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MAPPING, e);
    }
  }
}
