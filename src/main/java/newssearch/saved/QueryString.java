package newssearch.saved;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import newssearch.search.SearchParameters;

/** A saved search's parameters as the query string of {@code /}, {@code /api/search} and its Atom feed. */
final class QueryString {

  private QueryString() {}

  static String of(SearchParameters p) {
    StringJoiner query = new StringJoiner("&");
    add(query, "q", p.q());
    add(query, "from", p.from());
    add(query, "to", p.to());
    addAll(query, "source", p.source());
    addAll(query, "language", p.language());
    addAll(query, "person", p.person());
    addAll(query, "organization", p.organization());
    addAll(query, "place", p.place());
    if (p.collapse() != null && !p.collapse()) {
      add(query, "collapse", "false");
    }
    if (p.expand() != null && !p.expand()) {
      add(query, "expand", "false");
    }
    return query.toString();
  }

  private static void addAll(StringJoiner query, String name, List<String> values) {
    if (values != null) {
      values.forEach(v -> add(query, name, v));
    }
  }

  private static void add(StringJoiner query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
