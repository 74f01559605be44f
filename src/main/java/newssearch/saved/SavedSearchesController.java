package newssearch.saved;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import newssearch.search.AtomFeed;
import newssearch.search.SearchParameters;
import newssearch.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/saved-searches}: listed and read by anyone; saved and deleted with the admin key
 * (see {@code system.WebConfiguration}). Webhook secrets and e-mail addresses are never listed.
 */
@RestController
class SavedSearchesController {

  private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
  private static final int FEED_SIZE = 20;

  private final SavedSearches saved;

  SavedSearchesController(SavedSearches saved) {
    this.saved = saved;
  }

  /**
   * A saved search as anyone may see it.
   *
   * @param page     the search on the web page
   * @param atom     its Atom feed
   * @param newSince articles stored after the {@code since} asked for that it finds; null without one
   */
  record View(String id, String name, SearchParameters search, String page, String atom, boolean webhook,
      boolean email, Instant createdAt, Long newSince) {}

  /** The answer to a save: the only time the webhook's secret is shown. */
  record Created(View savedSearch, String webhookSecret) {}

  @GetMapping("/api/saved-searches")
  @Operation(summary = "The saved searches, oldest first, each with what it found since a time")
  List<View> listSavedSearches(@Parameter(description = "count the articles stored after this: YYYY-MM-DD "
      + "(midnight UTC) or an ISO instant", example = "2026-01-01") @RequestParam(required = false) String since,
      HttpServletRequest request) throws IOException {
    Instant from = since(since);
    List<View> views = new ArrayList<>();
    for (SavedSearch s : saved.all()) {
      views.add(view(s, request, from == null ? null : saved.newSince(s, from)));
    }
    return views;
  }

  @GetMapping("/api/saved-searches/{id}")
  View showSavedSearch(@PathVariable String id, @RequestParam(required = false) String since,
      HttpServletRequest request) throws IOException {
    SavedSearch s = saved.get(id);
    Instant from = since(since);
    return view(s, request, from == null ? null : saved.newSince(s, from));
  }

  @GetMapping(path = "/api/saved-searches/{id}/feed.atom", produces = "application/atom+xml")
  @Operation(summary = "A saved search's Atom feed: its newest matches in the index, newest first")
  ResponseEntity<String> savedSearchFeed(@PathVariable String id, HttpServletRequest request) throws IOException {
    SavedSearch s = saved.get(id);
    String root = root(request);
    AtomFeed.Header header = new AtomFeed.Header("urn:news-search:saved-search:" + s.id(), s.name(),
        root + "/api/saved-searches/" + s.id() + "/feed.atom", root + "/?" + SavedSearches.queryString(s), root);
    return ResponseEntity.ok().contentType(ATOM)
        .body(AtomFeed.write(header, saved.newest(s, FEED_SIZE).hits(), Instant.now()));
  }

  @PostMapping("/api/saved-searches")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Save a search (admin key)", description = "Body: {\"name\": …, \"search\": {the parameters "
      + "of /api/search}, \"webhook\": {\"url\": …, \"secret\": optional}, \"email\": [addresses]}.")
  Created saveSearch(@RequestBody SavedSearches.SaveRequest body, HttpServletRequest request) throws IOException {
    SavedSearch s = saved.save(body);
    return new Created(view(s, request, null), s.webhook() == null ? null : s.webhook().secret());
  }

  @DeleteMapping("/api/saved-searches/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a saved search (admin key)")
  void deleteSavedSearch(@PathVariable String id) throws IOException {
    saved.delete(id);
  }

  private static View view(SavedSearch s, HttpServletRequest request, Long newSince) {
    String root = root(request);
    return new View(s.id(), s.name(), s.search(), root + "/?" + SavedSearches.queryString(s),
        root + "/api/saved-searches/" + s.id() + "/feed.atom", s.webhook() != null, !s.email().isEmpty(),
        s.createdAt(), newSince);
  }

  private static String root(HttpServletRequest request) {
    return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
  }

  /** A date (midnight UTC) or an instant; null for none. */
  static Instant since(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() <= 10 ? LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("since: YYYY-MM-DD or an ISO instant (2026-01-01T09:00:00Z) expected, got '"
          + value + "'");
    }
  }
}
