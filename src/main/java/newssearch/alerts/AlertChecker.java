package newssearch.alerts;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import newssearch.index.NewsIndex;
import newssearch.ingest.ArticlesIngested;
import newssearch.ingest.Ingest;
import newssearch.saved.SavedSearch;
import newssearch.saved.SavedSearchStore;
import newssearch.search.SearchResult;
import newssearch.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every saved search over the articles stored since its last alert and tells its channels.
 *
 * <p>There is no percolator in the embedded engine, so matching is a search limited to an
 * {@code ingested_at} window: for each saved search and channel, from the stored watermark
 * ({@code alerted_until}) to {@code news.alerts.settle} ago, or to the start of a load of this process
 * still writing, whichever is earlier (its articles are not searchable before it ends), and never
 * through the middle of a load of this process that has finished ({@link Ingest#windowEnd}). The watermark moves only once a channel
 * has taken the alert, and is kept in the saved search's document: a receiver that fails is sent the
 * same alert again (same window, same {@code delivery} id) after a doubling pause, and a restart
 * resends what was not acknowledged — at least once. The retry state lives in memory; the window itself is the
 * pending delivery, so nothing else needs keeping.
 *
 * <p>All of it runs on one thread of its own: a load only schedules a check, so a slow or failing
 * receiver never holds up ingestion. Nothing starts until {@link #start} ({@code serve}).
 */
@Component
public class AlertChecker {

  private static final Logger log = LoggerFactory.getLogger(AlertChecker.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(10);

  /** What one check did, for logs and the benchmark. */
  public record Check(int searches, int alerts, long matches, Duration took) {}

  /** A channel of a saved search that failed: when to try again, how many failures in a row, the alert's window end. */
  private record Retry(Instant at, int failures, Instant until) {}

  private final SavedSearchStore saved;
  private final SearchService search;
  private final NewsIndex index;
  private final Ingest ingest;
  private final List<AlertChannel> channels;
  private final AlertsProperties settings;
  private final Map<String, Retry> retries = new ConcurrentHashMap<>();
  /** Watermarks moved past windows that found nothing: not written to the cluster, a restart finds nothing again. */
  private final Map<String, Instant> checkedUntil = new ConcurrentHashMap<>();
  private final AtomicBoolean checkPending = new AtomicBoolean();
  private ScheduledExecutorService thread;

  AlertChecker(SavedSearchStore saved, SearchService search, NewsIndex index, Ingest ingest,
      List<AlertChannel> channels, AlertsProperties settings) {
    this.saved = saved;
    this.search = search;
    this.index = index;
    this.ingest = ingest;
    this.channels = channels;
    this.settings = settings;
  }

  public synchronized void start() {
    if (thread == null) {
      thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alerts");
        t.setDaemon(true);
        return t;
      });
      long every = settings.checkEvery().toMillis();
      thread.scheduleWithFixedDelay(() -> checkQuietly(false), every, every, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  public synchronized void stop() {
    if (thread != null) {
      thread.shutdownNow();
    }
  }

  /** After a load of this process: a check once its articles are past the settle time. Returns at once. */
  @EventListener
  public void onIngested(ArticlesIngested loaded) {
    ScheduledExecutorService t = thread;
    if (t != null && checkPending.compareAndSet(false, true)) {
      long delay = Math.max(0, Duration.between(Instant.now(), loaded.until().plus(settings.settle())).toMillis());
      t.schedule(() -> checkQuietly(true), delay, TimeUnit.MILLISECONDS);
    }
  }

  /** A check after a load is always logged (bench/alerts.sh reads the line); a periodic one when it sent alerts. */
  private void checkQuietly(boolean afterLoad) {
    if (afterLoad) {
      checkPending.set(false);
    }
    try {
      Check check = checkNow();
      if (check.alerts() > 0 || afterLoad) {
        log.info("Checked {} saved searches in {} ms: {} alerts, {} articles", check.searches(),
            check.took().toMillis(), check.alerts(), check.matches());
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Could not check the saved searches, trying again in {}: {}", settings.checkEvery(), e.toString());
    }
  }

  /** One pass over every saved search and channel, on the calling thread. */
  public Check checkNow() throws IOException {
    Instant started = Instant.now();
    if (index.refreshIsOff()) {
      // A large load runs with refresh off; its articles appear at its end, with times already past.
      return new Check(0, 0, 0, Duration.ZERO);
    }
    // Never past the start of a load of this process still writing, nor among a finished one's stamps.
    Instant until = ingest.windowEnd(started.minus(settings.settle()));
    List<SavedSearch> all = saved.all();
    int alerts = 0;
    long matches = 0;
    for (SavedSearch s : all) {
      for (AlertChannel channel : channels) {
        if (channel.wants(s)) {
          long sent = check(s, channel, until, started);
          alerts += sent > 0 ? 1 : 0;
          matches += sent;
        }
      }
    }
    return new Check(all.size(), alerts, matches, Duration.between(started, Instant.now()));
  }

  /** Returns the matches delivered, 0 when none were due or the delivery failed. */
  private long check(SavedSearch s, AlertChannel channel, Instant until, Instant now) throws IOException {
    String key = s.id() + "/" + channel.name();
    Retry retry = retries.get(key);
    if (retry != null && retry.at().isAfter(now)) {
      return 0;
    }
    Instant after = later(s.alertedUntil(channel.name()), checkedUntil.get(key));
    if (retry != null) {
      until = retry.until(); // the same alert again; what came since goes in the next one
    }
    if (!until.isAfter(after)) {
      return 0;
    }
    SearchResult found = search.hits(s.query().ingestedBetween(after, until, settings.maxMatches()));
    if (found.total() == 0) {
      checkedUntil.put(key, until);
      return 0;
    }
    Alert alert = new Alert(s.id() + "-" + after.toEpochMilli() + "-" + until.toEpochMilli(), s.id(), s.name(), after,
        until, found.total(), found.hits().stream().map(Alert.Match::of).toList());
    try {
      channel.deliver(s, alert);
    } catch (AlertChannel.DeliveryFailedException e) {
      int failures = retry == null ? 1 : retry.failures() + 1;
      Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
      pause = pause.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : pause;
      retries.put(key, new Retry(now.plus(pause), failures, until));
      log.warn("Alert {} of saved search {} ({}) by {}: {} articles NOT delivered ({} failures in a row), "
          + "next try in {} s: {}", alert.delivery(), s.id(), s.name(), channel.name(), alert.articles().size(),
          failures, pause.toSeconds(), e.getMessage());
      return 0;
    }
    retries.remove(key);
    checkedUntil.put(key, until);
    log.info("Alert {} of saved search {} ({}) by {}: {} articles delivered", alert.delivery(), s.id(), s.name(),
        channel.name(), alert.articles().size());
    try {
      saved.alerted(s.id(), channel.name(), until);
    } catch (IOException | RuntimeException e) {
      // Deleted meanwhile, or the cluster is gone: the memory's watermark holds until a restart.
      log.warn("Could not record alert {} of saved search {}: {}", alert.delivery(), s.id(), e.getMessage());
    }
    return alert.articles().size();
  }

  private static Instant later(Instant a, Instant b) {
    return b == null || a.isAfter(b) ? a : b;
  }
}
