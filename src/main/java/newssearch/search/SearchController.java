package newssearch.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import newssearch.article.Article;
import newssearch.system.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/search}: the JSON search endpoint, public and read-only. */
@RestController
class SearchController {

  static final int MAX_QUERY_LENGTH = 1000;
  private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final int MAX_SIZE = 100;
  /** Elasticsearch's result window: page × size beyond it needs a cursor. */
  static final int MAX_WINDOW = 10_000;

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping("/api/search")
  @Operation(summary = "Search the articles", description = "Every word must match in any of its forms; "
      + "\"phrases\", -exclusions, OR and parentheses work; English words are also searched as their Russian "
      + "equivalents. Snippets are HTML-escaped text marked with <mark>.")
  SearchResult search(
      @Parameter(example = "SCO digital forum Astana 2024") @RequestParam(defaultValue = "") String q,
      @Parameter(example = "2024-01-01") @RequestParam(required = false) String from,
      @Parameter(example = "2024-12-31") @RequestParam(required = false) String to,
      @RequestParam(name = "source", required = false) List<String> sources,
      @RequestParam(name = "language", required = false) List<String> languages,
      @RequestParam(name = "person", required = false) List<String> people,
      @RequestParam(name = "organization", required = false) List<String> organizations,
      @RequestParam(name = "place", required = false) List<String> places,
      @RequestParam(defaultValue = "relevance") String sort,
      @RequestParam(defaultValue = "10") String size,
      @RequestParam(defaultValue = "1") String page,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "true") boolean collapse,
      @RequestParam(defaultValue = "true") boolean expand) throws IOException {
    if (cursor != null && !Cursor.valid(cursor)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "cursor: not a cursor this service gave out");
    }
    int pageSize = number("size", size, 1, MAX_SIZE);
    int pageNumber = number("page", page, 1, Integer.MAX_VALUE);
    if (cursor == null && (long) pageNumber * pageSize > MAX_WINDOW) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "page: page × size may not pass " + MAX_WINDOW
          + "; page deeper with the cursor each answer gives (nextCursor)");
    }
    return search.search(query(q, from, to, sources, languages, people, organizations, places, sort, pageSize,
        pageNumber, cursor, collapse, expand));
  }

  /**
   * {@code GET /api/search.csv}: the same search as rows (id, date, source, title, url, language,
   * people, organizations, places), streamed, at most {@value #MAX_WINDOW} of them.
   */
  @GetMapping("/api/search.csv")
  ResponseEntity<StreamingResponseBody> searchCsv(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(name = "source", required = false) List<String> sources,
      @RequestParam(name = "language", required = false) List<String> languages,
      @RequestParam(name = "person", required = false) List<String> people,
      @RequestParam(name = "organization", required = false) List<String> organizations,
      @RequestParam(name = "place", required = false) List<String> places,
      @RequestParam(defaultValue = "relevance") String sort,
      @RequestParam(defaultValue = "true") boolean collapse,
      @RequestParam(defaultValue = "true") boolean expand) {
    SearchQuery query = query(q, from, to, sources, languages, people, organizations, places, sort, MAX_SIZE, 1,
        null, collapse, expand);
    StreamingResponseBody body = out -> {
      CsvExport csv = new CsvExport(out);
      search.forEachHit(query, MAX_WINDOW, csv::write);
      csv.close();
    };
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"news-search.csv\"")
        .body(body);
  }

  private SearchQuery query(String q, String from, String to, List<String> sources, List<String> languages,
      List<String> people, List<String> organizations, List<String> places, String sort, int size, int page,
      String cursor, boolean collapse, boolean expand) {
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "q: at most " + MAX_QUERY_LENGTH + " characters");
    }
    return new SearchQuery(q.strip(), date("from", from), date("to", to), orEmpty(sources), orEmpty(languages),
        orEmpty(people), orEmpty(organizations), orEmpty(places), sort(sort), size, page, cursor, collapse, expand);
  }

  /** {@code GET /api/articles/{id}}: the whole cleaned article. */
  @GetMapping("/api/articles/{id}")
  Article article(@PathVariable String id) throws IOException {
    return search.article(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no article with id " + id));
  }

  private static int number(String name, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, name + ": a whole number from " + min
        + (max == Integer.MAX_VALUE ? " up" : " to " + max) + " expected, got '" + value + "'");
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, name + ": a date as YYYY-MM-DD expected, got '" + value + "'");
    }
  }

  private static SearchQuery.Sort sort(String value) {
    try {
      return SearchQuery.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "sort: 'relevance' or 'date' expected, got '" + value + "'");
    }
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
  }
}
