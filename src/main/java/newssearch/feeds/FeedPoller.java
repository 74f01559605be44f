package newssearch.feeds;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import newssearch.ingest.Ingest;
import newssearch.pipeline.IngestReport;
import newssearch.pipeline.read.InputFile;
import newssearch.pipeline.read.Readers;
import newssearch.system.ConflictException;
import newssearch.system.InvalidInputException;
import newssearch.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fetches followed feeds when they are due and sends what is new through the ingest pipeline.
 * Fetches run in parallel, at most {@code news.feeds.per-host} to one host; loads run one at a
 * time, as near-duplicate detection across feeds needs. A failing feed (an HTTP error, a timeout, a
 * redirect loop, an answer that is neither a feed nor a page of article links, a cluster that failed
 * during the load) waits twice as long after each failure and is tried again; its validators and
 * seen links are only kept from an answer that was loaded completely, so nothing it had is lost.
 * Nothing starts until {@link #start} ({@code serve}) or {@link #followOnly} ({@code ingest --follow}).
 */
@Component
public class FeedPoller {

  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  private static final long TICK_MS = 200;
  private static final int MAX_SEEN = 1000;
  private static final int ARTICLES_PER_PAGE = 50;

  private final Ingest ingest;
  private final FeedStore store;
  private final FeedsProperties settings;
  private final FeedFetcher fetcher;
  private final Backoff backoff;
  private final Map<String, FeedStatus> feeds = new ConcurrentHashMap<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> hostsInFlight = new ConcurrentHashMap<>();
  private final Object loading = new Object();
  private volatile boolean persistent;
  private volatile Consumer<FeedStatus> onAttempt = status -> {};
  private ScheduledExecutorService ticker;
  private ExecutorService fetchers;

  FeedPoller(Ingest ingest, FeedStore store, FeedsProperties settings) {
    this.ingest = ingest;
    this.store = store;
    this.settings = settings;
    this.fetcher = new FeedFetcher(settings.timeout());
    this.backoff = new Backoff(settings.jitter(), settings.maxBackoff(), RandomGenerator.getDefault());
  }

  /** For {@code serve}: the feeds of the cluster and of the configuration, their state kept in the cluster. */
  public synchronized void start() throws IOException {
    Instant now = Instant.now();
    Map<String, FeedStatus> stored = new ConcurrentHashMap<>();
    store.all().forEach(f -> stored.put(f.id(), f));
    for (FeedsProperties.Followed followed : settings.follow()) {
      String url = checkedUrl(followed.url());
      long seconds = seconds(followed.interval());
      FeedStatus known = stored.remove(FeedIds.of(url));
      FeedStatus feed = known == null ? FeedStatus.first(url, FeedStatus.CONFIGURATION, seconds, now)
          : known.withInterval(FeedStatus.CONFIGURATION, seconds);
      feeds.put(feed.id(), feed);
      store.save(feed);
    }
    for (FeedStatus left : stored.values()) {
      if (left.origin().equals(FeedStatus.CONFIGURATION)) {
        store.delete(left.id()); // no longer configured
      } else {
        feeds.put(left.id(), left);
      }
    }
    persistent = true;
    run();
    log.info("Following {} feeds", feeds.size());
  }

  /** For {@code ingest --follow}: these feeds only, their state in memory, each attempt told to {@code onAttempt}. */
  public synchronized void followOnly(List<String> urls, Duration interval, Consumer<FeedStatus> onAttempt) {
    Instant now = Instant.now();
    for (String url : urls) {
      FeedStatus feed = FeedStatus.first(checkedUrl(url), FeedStatus.API, seconds(interval), now);
      feeds.put(feed.id(), feed);
    }
    this.onAttempt = onAttempt;
    run();
  }

  private void run() {
    if (ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "feed-ticker"));
      fetchers = Executors.newFixedThreadPool(4, r -> daemon(r, "feed-fetcher"));
      ticker.scheduleWithFixedDelay(this::startDue, 0, TICK_MS, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  public synchronized void stop() {
    if (ticker != null) {
      ticker.shutdownNow();
      fetchers.shutdownNow();
    }
  }

  /** Follows {@code url} (or changes its interval), from now on and after restarts. */
  public FeedStatus add(String url, Duration interval) throws IOException {
    String checked = checkedUrl(url);
    FeedStatus known = feeds.get(FeedIds.of(checked));
    if (known != null && known.origin().equals(FeedStatus.CONFIGURATION)) {
      throw new ConflictException("this feed is in news.feeds.follow; change its interval there");
    }
    FeedStatus feed = known == null ? FeedStatus.first(checked, FeedStatus.API, seconds(interval), Instant.now())
        : known.withInterval(FeedStatus.API, seconds(interval));
    store.save(feed);
    feeds.put(feed.id(), feed);
    return feed;
  }

  public void remove(String id) throws IOException {
    FeedStatus feed = feeds.get(id);
    if (feed == null) {
      throw new NotFoundException("no followed feed with id " + id);
    }
    if (feed.origin().equals(FeedStatus.CONFIGURATION)) {
      throw new ConflictException("this feed is in news.feeds.follow; remove it there");
    }
    feeds.remove(id);
    store.delete(id);
  }

  /** Every followed feed with its state, in the order they were added. */
  public List<FeedStatus> all() throws IOException {
    if (ticker == null) {
      return store.all(); // not polling in this process: the state the cluster keeps
    }
    List<FeedStatus> all = new ArrayList<>(feeds.values());
    all.sort(Comparator.comparing(FeedStatus::addedAt).thenComparing(FeedStatus::url));
    return all;
  }

  private void startDue() {
    Instant now = Instant.now();
    for (FeedStatus feed : feeds.values()) {
      if (feed.nextAttemptAt().isAfter(now) || inFlight.contains(feed.id())) {
        continue;
      }
      String host = host(feed.url());
      boolean slot = hostsInFlight.merge(host, 1, Integer::sum) <= settings.perHost();
      if (!slot) {
        hostsInFlight.merge(host, -1, Integer::sum);
        continue;
      }
      inFlight.add(feed.id());
      fetchers.submit(() -> {
        try {
          poll(feed);
        } finally {
          inFlight.remove(feed.id());
          hostsInFlight.merge(host, -1, Integer::sum);
        }
      });
    }
  }

  private void poll(FeedStatus feed) {
    Duration interval = Duration.ofSeconds(feed.intervalSeconds());
    FeedStatus after;
    try {
      after = fetchAndLoad(feed, interval);
    } catch (IOException | RuntimeException e) {
      Instant now = Instant.now();
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      after = feed.failed(now, error, now.plus(backoff.wait(interval, feed.failures() + 1)));
      log.warn("Feed {} failed ({} in a row), next attempt at {}: {}", feed.url(), after.failures(),
          after.nextAttemptAt(), error);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (feeds.replace(feed.id(), after) == null) {
      return; // removed meanwhile
    }
    onAttempt.accept(after);
    if (persistent) {
      try {
        store.save(after);
      } catch (IOException | RuntimeException e) {
        log.warn("Could not keep the state of feed {}: {}", feed.url(), e.getMessage());
      }
    }
  }

  private FeedStatus fetchAndLoad(FeedStatus feed, Duration interval) throws IOException, InterruptedException {
    FeedFetcher.Response response = fetcher.fetch(URI.create(feed.url()), feed.etag(), feed.lastModified());
    if (response.notModified()) {
      Instant now = Instant.now();
      log.debug("Feed {} unchanged (304)", feed.url());
      return feed.succeeded(now, "unchanged", 0, feed.etag(), feed.lastModified(), feed.seenLinks(),
          now.plus(backoff.wait(interval, 0)));
    }
    List<InputFile> inputs = new ArrayList<>();
    List<String> seen = new ArrayList<>(feed.seenLinks());
    if (Readers.isFeed(Arrays.copyOf(response.body(), Math.min(response.body().length, 8192)))) {
      inputs.add(input(feed.url(), response.body()));
    } else {
      List<String> links = IndexPageLinks.of(response.body(), response.url());
      if (links.isEmpty()) {
        throw new FeedFetcher.FetchFailedException("neither an RSS or Atom feed nor a page with links to articles");
      }
      List<String> fresh = links.stream().filter(l -> !feed.seenLinks().contains(l)).limit(ARTICLES_PER_PAGE).toList();
      for (String link : fresh) {
        try {
          inputs.add(input(link, fetcher.fetch(URI.create(link), null, null).body()));
          seen.add(0, link);
        } catch (IOException e) {
          log.info("Article page {} of {} not read, tried again next time: {}", link, feed.url(), e.getMessage());
        }
      }
      if (!fresh.isEmpty() && inputs.isEmpty()) {
        throw new FeedFetcher.FetchFailedException("none of its " + fresh.size() + " new article pages could be read");
      }
    }
    long added = inputs.isEmpty() ? 0 : load(feed, inputs);
    Instant now = Instant.now();
    log.info("Feed {}: {} new or changed articles", feed.url(), added);
    return feed.succeeded(now, added > 0 ? "new" : "unchanged", added, response.etag(), response.lastModified(),
        seen.subList(0, Math.min(seen.size(), MAX_SEEN)), now.plus(backoff.wait(interval, 0)));
  }

  /** Loads one answer; a load the cluster broke off, or that read no article, is a failure. */
  private long load(FeedStatus feed, List<InputFile> inputs) throws IOException {
    Path rejects = Files.createTempFile("news-search-feed-", ".jsonl");
    try {
      IngestReport report;
      synchronized (loading) {
        report = ingest.run(inputs, rejects);
      }
      if (!report.completed()) {
        throw new IOException(report.failure());
      }
      if (report.counts().read() == 0 && report.counts().rejected() > 0) {
        throw new FeedFetcher.FetchFailedException(report.firstRejections().isEmpty() ? "no article could be read"
            : report.firstRejections().get(0).reason());
      }
      return report.counts().indexed() + report.counts().updated();
    } finally {
      Files.deleteIfExists(rejects);
    }
  }

  private static InputFile input(String name, byte[] body) {
    return new InputFile(name, body.length, null, () -> new ByteArrayInputStream(body));
  }

  private long seconds(Duration interval) {
    Duration chosen = interval != null ? interval : settings.interval();
    if (chosen.toSeconds() < 1) {
      throw new InvalidInputException("interval: one second at least");
    }
    return chosen.toSeconds();
  }

  private static String checkedUrl(String url) {
    try {
      URI uri = URI.create(url == null ? "" : url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new InvalidInputException("url: an http or https URL expected, got '" + url + "'");
  }

  private static String host(String url) {
    String host = URI.create(url).getHost();
    return host == null ? "" : host.toLowerCase(Locale.ROOT);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
