package newssearch.pipeline.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newssearch.system.InvalidInputException;

/**
 * Which input field (JSON key or CSV column) holds which part of an article: for each part, the
 * names tried in order. The defaults read the common dumps as they are; {@code --field part=name}
 * puts a name of the user's first.
 */
public record FieldNames(Map<String, List<String>> names) {

  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String LEDE = "lede";
  public static final String URL = "url";
  public static final String KEY = "key";
  public static final String DATE = "date";
  public static final String SOURCE = "source";
  public static final String TAGS = "tags";
  public static final String LANGUAGE = "language";

  public static FieldNames defaults() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put(TITLE, List.of("title", "headline", "name"));
    names.put(TEXT, List.of("text", "content", "body", "message", "article"));
    names.put(LEDE, List.of("summary", "lede", "lead", "description", "annotation"));
    names.put(URL, List.of("url", "link", "canonical_url", "href"));
    names.put(KEY, List.of("message_id", "guid", "id", "uuid"));
    names.put(DATE, List.of("published_at", "date", "published", "pubdate", "datetime", "time", "created_at"));
    names.put(SOURCE, List.of("source", "channel", "edition", "outlet", "site", "publisher"));
    names.put(TAGS, List.of("tags", "keywords", "topics", "topic", "category", "rubric"));
    names.put(LANGUAGE, List.of("language", "lang"));
    return new FieldNames(names);
  }

  /** Overrides as written on the command line: {@code title=headline}. */
  public FieldNames with(List<String> overrides) {
    Map<String, List<String>> merged = new LinkedHashMap<>(names);
    for (String override : overrides) {
      String[] parts = override.split("=", 2);
      String part = parts[0].trim().toLowerCase(Locale.ROOT);
      if (parts.length != 2 || !merged.containsKey(part) || parts[1].isBlank()) {
        throw new InvalidInputException("--field " + override + ": expected PART=NAME with PART one of "
            + String.join(", ", merged.keySet()));
      }
      List<String> list = new ArrayList<>();
      list.add(parts[1].trim());
      list.addAll(merged.get(part));
      merged.put(part, List.copyOf(list));
    }
    return new FieldNames(merged);
  }

  public List<String> of(String part) {
    return names.get(part);
  }
}
