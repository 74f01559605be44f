package newssearch.feeds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A followed feed and how its fetching goes, as stored in the feeds index: a restart goes on from
 * here (conditional GET with the last validators, the backoff, the article pages already seen).
 *
 * @param id              from the URL
 * @param origin          {@code configuration} (news.feeds.follow) or {@code api}
 * @param intervalSeconds how often it is fetched when it works
 * @param lastFetchAt     when the last attempt ended
 * @param lastOutcome     {@code new} (articles read), {@code unchanged} (304 or nothing new), or {@code failed}
 * @param lastNew         articles the last fetch added to the index
 * @param totalNew        articles it has added since it was followed
 * @param lastError       why the last failed attempt failed, kept until one succeeds
 * @param failures        failed attempts in a row: the backoff's exponent
 * @param nextAttemptAt   when it is fetched next
 * @param etag            the validator of its last good answer
 * @param lastModified    the date validator of its last good answer
 * @param seenLinks       for an HTML index page, the article links already read, newest first
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedStatus(
    @JsonProperty("id") String id,
    @JsonProperty("url") String url,
    @JsonProperty("origin") String origin,
    @JsonProperty("interval_seconds") long intervalSeconds,
    @JsonProperty("added_at") Instant addedAt,
    @JsonProperty("last_fetch_at") Instant lastFetchAt,
    @JsonProperty("last_outcome") String lastOutcome,
    @JsonProperty("last_new") long lastNew,
    @JsonProperty("total_new") long totalNew,
    @JsonProperty("last_error") String lastError,
    @JsonProperty("failures") int failures,
    @JsonProperty("next_attempt_at") Instant nextAttemptAt,
    @JsonProperty("etag") String etag,
    @JsonProperty("last_modified") String lastModified,
    @JsonProperty("seen_links") List<String> seenLinks) {

  public static final String CONFIGURATION = "configuration";
  public static final String API = "api";

  static FeedStatus first(String url, String origin, long intervalSeconds, Instant now) {
    return new FeedStatus(FeedIds.of(url), url, origin, intervalSeconds, now, null, null, 0, 0, null, 0, now, null,
        null, List.of());
  }

  FeedStatus succeeded(Instant at, String outcome, long added, String etag, String lastModified,
      List<String> seenLinks, Instant next) {
    return new FeedStatus(id, url, origin, intervalSeconds, addedAt, at, outcome, added, totalNew + added, null, 0,
        next, etag, lastModified, seenLinks);
  }

  FeedStatus failed(Instant at, String error, Instant next) {
    return new FeedStatus(id, url, origin, intervalSeconds, addedAt, at, "failed", 0, totalNew, error, failures + 1,
        next, etag, lastModified, seenLinks);
  }

  FeedStatus withInterval(String origin, long seconds) {
    return new FeedStatus(id, url, origin, seconds, addedAt, lastFetchAt, lastOutcome, lastNew, totalNew, lastError,
        failures, nextAttemptAt, etag, lastModified, seenLinks);
  }

  public List<String> seenLinks() {
    return seenLinks == null ? List.of() : seenLinks;
  }
}
