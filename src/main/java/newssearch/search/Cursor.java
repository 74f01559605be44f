package newssearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The opaque {@code cursor} of deep paging: the sort values of the last hit of a page (what
 * {@code search_after} needs), as URL-safe base64 of a JSON array. Clients pass it back untouched.
 */
final class Cursor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Cursor() {}

  static String encode(List<FieldValue> sortValues) {
    ArrayNode array = JSON.createArrayNode();
    for (FieldValue v : sortValues) {
      switch (v._kind()) {
        case Long -> array.add(v.longValue());
        case Double -> array.add(v.doubleValue());
        case String -> array.add(v.stringValue());
        case Boolean -> array.add(v.booleanValue());
        default -> array.addNull();
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
  }

  static boolean valid(String cursor) {
    return decode(cursor).isPresent();
  }

  /** The sort values in a cursor, or empty if it is not one of ours. */
  static Optional<List<FieldValue>> decode(String cursor) {
    try {
      JsonNode array = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
      if (array == null || !array.isArray() || array.isEmpty() || array.size() > 4) {
        return Optional.empty();
      }
      List<FieldValue> values = new ArrayList<>();
      for (JsonNode v : array) {
        if (v.isIntegralNumber()) {
          values.add(FieldValue.of(v.longValue()));
        } else if (v.isNumber()) {
          values.add(FieldValue.of(v.doubleValue()));
        } else if (v.isTextual()) {
          values.add(FieldValue.of(v.textValue()));
        } else if (v.isNull()) {
          values.add(FieldValue.NULL);
        } else {
          return Optional.empty();
        }
      }
      return Optional.of(values);
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }
}
