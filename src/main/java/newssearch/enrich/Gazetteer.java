package newssearch.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The entities the project recognises, read from {@code enrich/gazetteer.tsv}: one per line,
 * tab-separated {@code id, type, ru, en, kk, aliases}, names within a column separated by {@code |}.
 */
public record Gazetteer(List<Entity> entities) {

  public static final String RESOURCE = "/enrich/gazetteer.tsv";

  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Gazetteer parse(InputStream in) throws IOException {
    List<Entity> entities = new ArrayList<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line; (line = lines.readLine()) != null; ) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 6 || columns[2].isBlank()) {
        throw new IllegalArgumentException("gazetteer line " + number + ": expected 6 tab-separated columns "
            + "with a Russian name, got: " + line);
      }
      List<String> ru = names(columns[2]);
      entities.add(new Entity(columns[0].strip(), Entity.Type.valueOf(columns[1].strip()), ru.get(0), ru,
          names(columns[3]), names(columns[4]), names(columns[5])));
    }
    return new Gazetteer(List.copyOf(entities));
  }

  private static List<String> names(String column) {
    return Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
