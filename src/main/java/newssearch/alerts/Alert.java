package newssearch.alerts;

import java.time.Instant;
import java.util.List;
import newssearch.search.ArticleHit;

/**
 * What one alert says, as the webhook's JSON body and the e-mail's text: the articles stored in
 * {@code (after, until]} that the saved search finds, newest first.
 *
 * @param delivery     names the window; the same for every attempt at this alert in one process, so a receiver
 *                     can drop a repeat
 * @param total        how many matched; {@code articles} holds at most news.alerts.max-matches of them
 */
public record Alert(String delivery, String savedSearchId, String savedSearchName, Instant after, Instant until,
    long total, List<Match> articles) {

  /** One matching article; {@code snippets} are HTML-escaped text with {@code <mark>} around the matched words. */
  public record Match(String id, String title, String url, String source, Instant publishedAt, Instant ingestedAt,
      List<String> snippets) {

    static Match of(ArticleHit hit) {
      return new Match(hit.id(), hit.title(), hit.url(), hit.source(), hit.publishedAt(), hit.ingestedAt(),
          hit.snippets());
    }
  }
}
