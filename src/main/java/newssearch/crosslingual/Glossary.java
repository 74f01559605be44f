package newssearch.crosslingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English→Russian glossary of politics and news ({@code crosslingual/glossary.tsv}: English
 * term, Russian translations separated by {@code |} with the main sense first, domain).
 */
public record Glossary(Map<String, List<String>> entries) {

  public static final String RESOURCE = "/crosslingual/glossary.tsv";

  public static Glossary load() {
    try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Glossary parse(InputStream in) throws IOException {
    Map<String, List<String>> entries = new HashMap<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line; (line = lines.readLine()) != null; ) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length < 2) {
        throw new IllegalArgumentException("glossary line " + number + ": expected english<TAB>russian, got: " + line);
      }
      entries.put(columns[0].strip(), Arrays.stream(columns[1].split("\\|")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList());
    }
    return new Glossary(Map.copyOf(entries));
  }

  /** The translations of an English term (lowercase), trying its singular when the plural is not listed. */
  public List<String> translate(String term) {
    List<String> found = entries.get(term);
    if (found != null) {
      return found;
    }
    for (String singular : singulars(term)) {
      found = entries.get(singular);
      if (found != null) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> singulars(String term) {
    if (term.endsWith("ies") && term.length() > 4) {
      return List.of(term.substring(0, term.length() - 3) + "y");
    }
    if (term.endsWith("es") && term.length() > 3) {
      return List.of(term.substring(0, term.length() - 2), term.substring(0, term.length() - 1));
    }
    if (term.endsWith("s") && term.length() > 3 && !term.endsWith("ss")) {
      return List.of(term.substring(0, term.length() - 1));
    }
    return List.of();
  }
}
