package newssearch.pipeline.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns one JSON object (a JSON Lines line, an item of a JSON array) into a {@link SourceRecord}. */
final class JsonRecords {

  private final FieldNames fields;

  JsonRecords(FieldNames fields) {
    this.fields = fields;
  }

  SourceRecord toRecord(JsonNode node, String origin, long position) {
    String source = text(node, FieldNames.SOURCE);
    String key = text(node, FieldNames.KEY);
    return new SourceRecord(origin, position,
        text(node, FieldNames.URL),
        SourceRecord.scopedKey(source, origin, key),
        text(node, FieldNames.TITLE),
        text(node, FieldNames.LEDE),
        text(node, FieldNames.TEXT),
        text(node, FieldNames.DATE),
        source,
        list(node, FieldNames.TAGS),
        text(node, FieldNames.LANGUAGE),
        SourceRecord.Layout.PLAIN);
  }

  private String text(JsonNode node, String part) {
    for (String name : fields.of(part)) {
      JsonNode value = find(node, name);
      if (value != null && value.isValueNode() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  private List<String> list(JsonNode node, String part) {
    List<String> values = new ArrayList<>();
    for (String name : fields.of(part)) {
      JsonNode value = find(node, name);
      if (value == null) {
        continue;
      }
      if (value.isArray()) {
        value.forEach(v -> addTag(values, v.asText()));
      } else if (value.isValueNode()) {
        Arrays.stream(value.asText().split("[,;]")).forEach(v -> addTag(values, v));
      }
    }
    return values;
  }

  static void addTag(List<String> tags, String tag) {
    String trimmed = tag.strip();
    if (!trimmed.isEmpty() && !trimmed.equals("-") && !tags.contains(trimmed)) {
      tags.add(trimmed);
    }
  }

  /** Field names match case-insensitively, so {@code pubDate} finds {@code pubdate}. */
  private static JsonNode find(JsonNode node, String name) {
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (field.toLowerCase(Locale.ROOT).equals(name)) {
        return node.get(field);
      }
    }
    return null;
  }
}
