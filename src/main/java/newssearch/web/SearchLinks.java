package newssearch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the search page as URL parameters, and the links that change it: every state (query,
 * filters, sort, page) lives in the URL, so a link can be shared, Back and Forward work, and a reload
 * shows the same page. Changing the query or a filter goes back to the first page.
 */
public final class SearchLinks {

  /** The parameters of {@code /api/search} the page keeps, in the order its links write them. */
  static final List<String> STATE = List.of("q", "from", "to", "source", "language", "person", "organization",
      "place", "sort", "expand", "collapse", "size", "page", "cursor");
  /** The filters shown as removable chips. */
  static final List<String> FILTERS = List.of("source", "language", "person", "organization", "place");
  private static final List<String> PAGING = List.of("page", "cursor");

  private final Map<String, List<String>> state;

  private SearchLinks(Map<String, List<String>> state) {
    this.state = state;
  }

  /** The page's state from a request's parameters; unknown and empty parameters are left out. */
  static SearchLinks of(Map<String, String[]> parameters) {
    Map<String, List<String>> state = new LinkedHashMap<>();
    for (String name : STATE) {
      String[] values = parameters.get(name);
      if (values != null) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
          if (v != null && !v.isBlank() && !kept.contains(v)) {
            kept.add(v);
          }
        }
        if (!kept.isEmpty()) {
          state.put(name, List.copyOf(kept));
        }
      }
    }
    return new SearchLinks(state);
  }

  public String first(String name) {
    List<String> values = state.get(name);
    return values == null ? "" : values.get(0);
  }

  public boolean has(String name, String value) {
    return state.getOrDefault(name, List.of()).contains(value);
  }

  /** This page. */
  public String current() {
    return url("/", state);
  }

  /** The same search with a filter value added, or removed if it is there: a facet's link. */
  public String toggle(String name, String value) {
    Map<String, List<String>> next = firstPage();
    List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
    if (!values.remove(value)) {
      values.add(value);
    }
    put(next, name, values);
    return url("/", next);
  }

  /** The same search with one parameter set (or removed, when {@code value} is null), from the first page. */
  public String with(String name, String value) {
    Map<String, List<String>> next = firstPage();
    put(next, name, value == null ? List.of() : List.of(value));
    return url("/", next);
  }

  /** The same search over other dates (either may be null: open). */
  public String dates(LocalDate from, LocalDate to) {
    Map<String, List<String>> next = firstPage();
    put(next, "from", from == null ? List.of() : List.of(from.toString()));
    put(next, "to", to == null ? List.of() : List.of(to.toString()));
    return url("/", next);
  }

  public String page(int page) {
    Map<String, List<String>> next = firstPage();
    put(next, "page", page == 1 ? List.of() : List.of(String.valueOf(page)));
    return url("/", next);
  }

  /** The page after the deepest numbered one: Elasticsearch goes on from where that page ended. */
  public String cursor(String cursor) {
    Map<String, List<String>> next = firstPage();
    put(next, "cursor", List.of(cursor));
    return url("/", next);
  }

  /** The whole search (every page) as CSV, from the JSON API's export. */
  public String csv() {
    return url("/api/search.csv", firstPage());
  }

  /** The same search as an Atom feed, newest in the index first. */
  public String atom() {
    return url("/api/search.atom", firstPage());
  }

  /** The saved searches, with a form to save this one. */
  public String saved() {
    return url("/saved", firstPage());
  }

  /** An article, with the query's words to mark in it. */
  public String article(String id) {
    Map<String, List<String>> words = new LinkedHashMap<>();
    put(words, "q", state.getOrDefault("q", List.of()));
    put(words, "expand", state.getOrDefault("expand", List.of()));
    return url("/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"), words);
  }

  /** The active filters, each with the link that removes it. */
  public List<Chip> chips() {
    List<Chip> chips = new ArrayList<>();
    for (String name : FILTERS) {
      for (String value : state.getOrDefault(name, List.of())) {
        chips.add(new Chip(name, value, toggle(name, value)));
      }
    }
    if (state.containsKey("from") || state.containsKey("to")) {
      chips.add(new Chip("dates", first("from") + " – " + first("to"), dates(null, null)));
    }
    return chips;
  }

  /** What a form that sets {@code except} must carry along to keep the rest of the state (paging excluded). */
  public List<Map.Entry<String, String>> hiddenFields(String... except) {
    List<String> skip = List.of(except);
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    firstPage().forEach((name, values) -> {
      if (!skip.contains(name)) {
        values.forEach(v -> fields.add(Map.entry(name, v)));
      }
    });
    return fields;
  }

  /** A filter in force, shown as a chip; {@code removeUrl} is the search without it. */
  public record Chip(String name, String value, String removeUrl) {}

  private Map<String, List<String>> firstPage() {
    Map<String, List<String>> next = new LinkedHashMap<>(state);
    PAGING.forEach(next::remove);
    return next;
  }

  private static void put(Map<String, List<String>> state, String name, List<String> values) {
    if (values.isEmpty()) {
      state.remove(name);
    } else {
      state.put(name, values);
    }
  }

  private static String url(String path, Map<String, List<String>> state) {
    StringBuilder url = new StringBuilder(path);
    char separator = '?';
    for (String name : STATE) {
      for (String value : state.getOrDefault(name, List.of())) {
        url.append(separator).append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return url.toString();
  }
}
