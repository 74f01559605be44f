package newssearch.feeds;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newssearch.system.InvalidInputException;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/feeds}: the followed feeds and how fetching them goes; add and remove. Admin key. */
@RestController
class FeedsController {

  private final FeedPoller poller;

  FeedsController(FeedPoller poller) {
    this.poller = poller;
  }

  /** @param interval ISO-8601 ({@code PT15M}) or Spring's short form ({@code 15m}); empty: news.feeds.interval */
  record AddFeed(String url, String interval) {}

  /**
   * A feed as the admin sees it.
   *
   * @param lastOutcome new, unchanged or failed
   * @param lastNew     articles its last fetch added
   * @param lastError   why its last failed fetch failed, until one succeeds
   * @param failures    failed fetches in a row
   */
  record View(String id, String url, String origin, long intervalSeconds, Instant lastFetchAt, String lastOutcome,
      long lastNew, long totalNew, String lastError, int failures, Instant nextAttemptAt) {

    static View of(FeedStatus f) {
      return new View(f.id(), f.url(), f.origin(), f.intervalSeconds(), f.lastFetchAt(), f.lastOutcome(), f.lastNew(),
          f.totalNew(), f.lastError(), f.failures(), f.nextAttemptAt());
    }
  }

  @GetMapping("/api/admin/feeds")
  @Operation(summary = "The followed feeds: last fetch, new articles, last error, next attempt")
  List<View> listFeeds() throws IOException {
    return poller.all().stream().map(View::of).toList();
  }

  @PostMapping("/api/admin/feeds")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Follow a feed (RSS, Atom or an HTML page of article links), or change its interval")
  View addFeed(@RequestBody AddFeed body) throws IOException {
    return View.of(poller.add(body.url(), interval(body.interval())));
  }

  @DeleteMapping("/api/admin/feeds/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Stop following a feed")
  void removeFeed(@PathVariable String id) throws IOException {
    poller.remove(id);
  }

  static Duration interval(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DurationStyle.detectAndParse(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("interval: a duration such as 15m or PT15M expected, got '" + value + "'");
    }
  }
}
