package newssearch.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import newssearch.feeds.FeedStatus;

/** One followed feed on one line: {@code ingest --follow} prints one per fetch, {@code status} one per feed. */
final class FeedLine {

  private FeedLine() {}

  static String of(FeedStatus feed) {
    String outcome = feed.lastFetchAt() == null ? "not fetched yet"
        : "failed".equals(feed.lastOutcome())
            ? "FAILED (" + feed.failures() + " in a row): " + feed.lastError()
            : feed.lastOutcome() + ", " + feed.lastNew() + " new";
    return String.format("%s  last %s: %s; %d new in all; next %s", feed.url(), time(feed.lastFetchAt()), outcome,
        feed.totalNew(), time(feed.nextAttemptAt()));
  }

  private static String time(Instant at) {
    return at == null ? "-" : at.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
