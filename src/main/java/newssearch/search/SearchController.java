package newssearch.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.util.List;
import newssearch.article.Article;
import newssearch.system.InvalidInputException;
import newssearch.system.NotFoundException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The JSON search endpoint, its CSV export, suggestions and the article endpoint: public and read-only. */
@RestController
class SearchController {

  private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private static final int MAX_SUGGEST_LENGTH = 100;

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @GetMapping("/api/search")
  @Operation(summary = "Search the articles", description = "Every word must match in any of its forms; "
      + "\"phrases\", -exclusions, OR and parentheses work; English words are also searched as their Russian "
      + "equivalents. Snippets are HTML-escaped text marked with <mark>.")
  SearchResult search(@ParameterObject SearchParameters parameters) throws IOException {
    return search.search(parameters.onePage());
  }

  /**
   * {@code GET /api/search.csv}: the same search as rows (id, date, source, title, url, language,
   * people, organizations, places), streamed, at most {@value SearchParameters#MAX_WINDOW} of them.
   */
  @GetMapping("/api/search.csv")
  @Operation(summary = "The same search as CSV rows, at most 10,000")
  ResponseEntity<StreamingResponseBody> searchCsv(@ParameterObject SearchParameters parameters) {
    SearchQuery query = parameters.everyRow();
    StreamingResponseBody body = out -> {
      CsvExport csv = new CsvExport(out);
      search.forEachHit(query, SearchParameters.MAX_WINDOW, csv::write);
      csv.close();
    };
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"news-search.csv\"")
        .body(body);
  }

  /** Completions of what is typed so far, few and fast enough to ask for at every keystroke. */
  @GetMapping("/api/suggest")
  @Operation(summary = "Complete the text typed so far",
      description = "People, organisations and places named in the articles (most often named first) whose name "
          + "has a word starting with q, then article titles. Fewer than 2 characters give no suggestions.")
  Suggestions suggest(
      @Parameter(description = "the text typed so far", example = "Тока") @RequestParam(required = false) String q,
      @Parameter(description = "suggestions at most, 1 to 20", schema = @Schema(type = "integer", format = "int32",
          minimum = "1", maximum = "20", defaultValue = "8")) @RequestParam(required = false) String size)
      throws IOException {
    String prefix = q == null ? "" : q.strip();
    if (prefix.length() > MAX_SUGGEST_LENGTH) {
      throw new InvalidInputException("q: at most " + MAX_SUGGEST_LENGTH + " characters");
    }
    int count = SearchParameters.number("size", size, 8, 1, 20);
    return new Suggestions(prefix.length() < 2 ? List.of() : search.suggest(prefix, count));
  }

  record Suggestions(List<Suggestion> suggestions) {}

  /** {@code GET /api/articles/{id}}: the whole cleaned article. */
  @GetMapping("/api/articles/{id}")
  Article article(@PathVariable String id) throws IOException {
    return search.article(id).orElseThrow(() -> new NotFoundException("no article with id " + id));
  }
}
