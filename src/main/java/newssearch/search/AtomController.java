package newssearch.search;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /api/search.atom}: any search as an Atom feed, newest in the index first. Public and read-only. */
@RestController
class AtomController {

  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  private final SearchService search;

  AtomController(SearchService search) {
    this.search = search;
  }

  @GetMapping(path = "/api/search.atom", produces = "application/atom+xml")
  @Operation(summary = "The same search as an Atom feed",
      description = "The parameters of /api/search; entries are its hits newest in the index first (sort is "
          + "ingested whatever is asked), one page of size hits; each entry's summary is its marked snippets.")
  ResponseEntity<String> searchFeed(@ParameterObject SearchParameters parameters, HttpServletRequest request)
      throws IOException {
    SearchQuery query = parameters.onePage();
    SearchResult result = search.hits(query.newestFirst(query.size()));
    String root = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    String queryString = request.getQueryString() == null ? "" : "?" + request.getQueryString();
    String title = query.text().isEmpty() ? "news-search: newest articles" : "news-search: " + query.text();
    AtomFeed.Header header = new AtomFeed.Header(root + "/api/search.atom" + queryString, title,
        root + "/api/search.atom" + queryString, root + "/" + queryString, root);
    return ResponseEntity.ok().contentType(ATOM).body(AtomFeed.write(header, result.hits(), Instant.now()));
  }
}
