package newssearch.feeds;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Feeds that {@code serve} follows.
 *
 * @param follow   feeds to follow from the start, each a URL and optionally its own interval; more are added
 *                 through {@code /api/admin/feeds}
 * @param interval how often a feed is fetched when it names no interval of its own
 * @param jitter   each wait is longer or shorter by up to this fraction, so feeds added together drift apart
 * @param maxBackoff a failing feed waits twice as long after each failure, up to this
 * @param perHost  requests to one host at once at most, across all its feeds
 * @param timeout  a fetch that has not finished by then has failed
 */
@ConfigurationProperties("news.feeds")
public record FeedsProperties(List<Followed> follow, Duration interval, double jitter, Duration maxBackoff,
    int perHost, Duration timeout) {

  /**
   * @param url      an RSS or Atom feed, or an HTML page listing articles
   * @param interval how often to fetch it; empty takes {@code news.feeds.interval}
   */
  public record Followed(String url, Duration interval) {}

  public List<Followed> follow() {
    return follow == null ? List.of() : follow;
  }
}
