package newssearch.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newssearch.article.Article;
import newssearch.article.ArticleIds;
import newssearch.index.NewsIndex;
import newssearch.index.reindex.ReindexJob;
import newssearch.index.reindex.ReindexListener;
import newssearch.index.reindex.Reindexer;
import newssearch.pipeline.BulkWriter;
import newssearch.pipeline.IngestCounts;
import newssearch.pipeline.IngestProperties;
import newssearch.pipeline.StoredArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Three embedded nodes, three shards with one replica each, the service given all three URLs:
 * nodes killed outright ({@code kill -9} of a node's JVM) while clients search and an ingest writes,
 * and during a reindex's copy. The cluster is this class's own (the run's shared node stays one
 * node); each node has a small heap so that three fit beside the shared one on two cores.
 *
 * <p>The retry window: a client whose search fails asks again after the {@code Retry-After} it was
 * given (1 s without one), as clients are told to; a search counts as failed only if no attempt has
 * succeeded within {@link #RETRY_WINDOW} of its first. A 200 with fewer than every seeded article
 * (results missing a shard) counts as a failed attempt too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "news.index.shards=3", "news.index.replicas=1", "news.samples.load-when-empty=false",
    // As many searches admitted as there are clients: the test is about nodes lost, not load shed.
    "news.search.max-concurrent=4", "news.search.queue=4",
    "news.reindex.page-size=100", "news.reindex.allocation-timeout=2m"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeLossTest {

  static final Duration RETRY_WINDOW = Duration.ofSeconds(20);
  private static final Duration BACK_TO_GREEN = Duration.ofMinutes(5);
  private static final int SEEDED = 300;
  private static final int CLIENTS = 4;
  private static final String ALIAS = TestCluster.uniqueAlias(NodeLossTest.class);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  private static Path dataDir;
  private static ElasticsearchConnection nodes;

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    registry.add("news.elasticsearch.url", NodeLossTest::startThreeNodes);
    registry.add("news.index.alias", () -> ALIAS);
  }

  private static synchronized String startThreeNodes() {
    if (nodes == null) {
      try {
        dataDir = Files.createTempDirectory(Path.of("/tmp"), "news-search-nodes-");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      nodes = ElasticsearchConnection.open(new ElasticsearchProperties(null, null, null, null, null),
          new EngineProperties(dataDir, null, "512m", null, Duration.ofMinutes(6), 3));
      nodes.awaitReady();
    }
    return nodes.url();
  }

  @AfterAll
  static void stopTheNodes() throws IOException {
    if (nodes != null) {
      nodes.close();
      FileSystemUtils.deleteRecursively(dataDir);
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  ElasticsearchClient client;

  @Autowired
  NewsIndex index;

  @Autowired
  IngestProperties ingestSettings;

  @Autowired
  Reindexer reindexer;

  @BeforeEach
  void seeded() throws Exception {
    index.ensureExists();
    if (client.count(c -> c.index(ALIAS)).count() == 0) {
      List<Article> seeds = new ArrayList<>();
      for (int i = 0; i < SEEDED; i++) {
        seeds.add(article("seed-" + i, "Совещание номер " + i + " прошло в Алматы",
            "В Алматы прошло совещание номер " + i + " о бюджете района."));
      }
      assertThat(write(seeds)).as("every seed acknowledged").isTrue();
    }
    client.indices().refresh(r -> r.index(ALIAS));
  }

  @Test
  @Order(1)
  void searchesAndIngestRideOverTheLossOfADataNodeAndOfTheFirstNode() throws Exception {
    var searches = new SearchClients();
    var ingest = new PacedIngest();
    searches.start();
    ingest.start();
    Thread.sleep(3000);

    String dataNode = nodeHoldingAPrimaryBesides("embedded");
    Duration first = killAndAwaitGreen(dataNode);
    Duration second = killAndAwaitGreen("embedded");
    Thread.sleep(3000);
    searches.stop();
    ingest.stop();

    client.indices().refresh(r -> r.index(ALIAS));
    Set<String> missing = new HashSet<>(ingest.acknowledged);
    missing.removeAll(storedIds(ingest.acknowledged));
    System.out.printf("node loss: %s then embedded killed; back to green after %d s and %d s; searches sent %d, "
            + "failed %d, retried %d (longest wait for an answer %d ms); articles acknowledged %d, found %d, "
            + "not acknowledged %d%n", dataNode, first.toSeconds(), second.toSeconds(), searches.sent.get(),
        searches.failed.get(), searches.retried.get(), searches.longestRetry.get(), ingest.acknowledged.size(),
        ingest.acknowledged.size() - missing.size(), ingest.unacknowledged.get());

    assertThat(searches.errors).as("searches that failed beyond the retry window").isEmpty();
    assertThat(searches.sent.get()).as("searches sent").isGreaterThan(CLIENTS * 10);
    assertThat(ingest.acknowledged).as("articles acknowledged").hasSizeGreaterThan(100);
    assertThat(missing).as("acknowledged articles missing").isEmpty();
  }

  @Test
  @Order(2)
  void aReindexWithANodeKilledDuringTheCopyCompletesWhenRerunAndTheAliasNeverMeetsAnUnassignedPrimary()
      throws Exception {
    var aliasWatch = new AliasWatch();
    aliasWatch.start();
    String node = nodeHoldingAPrimaryBesides("embedded");
    long pid = pidOf(node);
    AtomicReference<Instant> killedAt = new AtomicReference<>();
    ReindexListener killDuringCopy = (phase, progress) -> {
      if (phase == ReindexJob.Phase.COPYING) {
        Thread killer = new Thread(() -> {
          sleep(Duration.ofMillis(300));
          killedAt.set(kill(node, pid));
        });
        killer.start();
      }
    };
    ReindexJob first = runReindex(killDuringCopy);
    Instant giveUp = Instant.now().plusSeconds(30);
    while (killedAt.get() == null && Instant.now().isBefore(giveUp)) {
      sleep(Duration.ofMillis(100));
    }
    assertThat(killedAt.get()).as("a node killed during the copy (first run: %s)", first.status()).isNotNull();
    Duration backToGreen = awaitBack(node, pid, killedAt.get());
    ReindexJob rerun = first.status() == ReindexJob.Status.SUCCEEDED ? first : runReindex(ReindexListener.NONE);
    aliasWatch.stop();

    System.out.printf("reindex with %s killed during the copy: first run %s (%s), rerun %s; green again after %d s; "
            + "alias moves seen %d%n", node, first.status(), first.note(), rerun.status(),
        backToGreen.toSeconds(), aliasWatch.moves.get());
    assertThat(rerun.status()).as(String.valueOf(rerun.errors())).isEqualTo(ReindexJob.Status.SUCCEEDED);
    assertThat(aliasWatch.violations).as("alias targets with an unassigned primary").isEmpty();
    assertThat(unassignedPrimaries(index.liveIndex().orElseThrow())).isZero();
    assertThat(client.count(c -> c.index(ALIAS)).count()).isGreaterThanOrEqualTo(SEEDED);
  }

  /** The job's final record: a failure under it (a node gone mid-copy) is recorded there, not thrown. */
  private ReindexJob runReindex(ReindexListener listener) throws IOException {
    return reindexer.start(null, listener).run();
  }

  /** Kills the node's JVM outright, then waits until the engine has started it again and every copy is back. */
  private Duration killAndAwaitGreen(String node) throws IOException {
    long pid = pidOf(node);
    Instant killedAt = kill(node, pid);
    return awaitBack(node, pid, killedAt);
  }

  private static Instant kill(String node, long pid) {
    ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
    assertThat(handle.destroyForcibly()).as("SIGKILL sent to " + node + " (pid " + pid + ")").isTrue();
    handle.onExit().join();
    return Instant.now();
  }

  /**
   * Until the node runs again in a new process and the cluster is green with all three: the master
   * hears of a killed node only when its connection drops, so green just after the kill is the old state.
   */
  private Duration awaitBack(String node, long killedPid, Instant since) {
    Instant deadline = since.plus(BACK_TO_GREEN);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (pidOf(node) != killedPid) {
          HealthResponse health = client.cluster().health(h -> h.waitForStatus(HealthStatus.Green).waitForNodes("3")
              .timeout(t -> t.time("20s")));
          if (!health.timedOut() && health.status() == HealthStatus.Green) {
            return Duration.between(since, Instant.now());
          }
        }
      } catch (IOException | RuntimeException | AssertionError notBackYet) {
        // No master yet, or the node not yet rejoined.
      }
      sleep(Duration.ofSeconds(1));
    }
    throw new AssertionError(node + " was not back, with the cluster green, within " + BACK_TO_GREEN.toSeconds() + " s");
  }

  private long pidOf(String node) {
    try {
      return client.nodes().info(n -> n.metric("process")).nodes().values().stream()
          .filter(info -> info.name().equals(node))
          .findFirst().orElseThrow(() -> new AssertionError("no node " + node))
          .process().id();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A node other than {@code besides} holding a primary of the live index, so that killing it moves a primary. */
  private String nodeHoldingAPrimaryBesides(String besides) throws IOException {
    String live = index.liveIndex().orElseThrow();
    return client.cat().shards(c -> c.index(live)).valueBody().stream()
        .filter(shard -> "p".equals(shard.prirep()) && shard.node() != null && !shard.node().equals(besides))
        .map(shard -> shard.node())
        .findFirst().orElseThrow(() -> new AssertionError("every primary of " + live + " is on " + besides));
  }

  private int unassignedPrimaries(String indexName) throws IOException {
    return client.cluster().health(h -> h.index(indexName)).unassignedPrimaryShards();
  }

  /** Which of these ids the index holds: page after page, since a run acknowledges more than a result window. */
  private Set<String> storedIds(Set<String> ids) throws IOException {
    Set<String> stored = new HashSet<>();
    StoredArticles.inIngestOrder(client, 1000, Article.class, s -> s.index(ALIAS).source(src -> src.fetch(false))
        .query(q -> q.ids(i -> i.values(List.copyOf(ids)))), hits -> hits.forEach(hit -> stored.add(hit.id())));
    return stored;
  }

  /** Writes through the ingest's bulk writer; true when Elasticsearch acknowledged every article. */
  private boolean write(List<Article> articles) {
    IngestCounts counts = new IngestCounts();
    try (BulkWriter writer = new BulkWriter(client, ALIAS, ingestSettings, counts, rejection -> {})) {
      for (Article article : articles) {
        writer.write(article, "node-loss-test", 0);
      }
    } catch (BulkWriter.ClusterFailedException e) {
      return false;
    }
    return counts.failed() == 0 && counts.rejected() == 0;
  }

  private static Article article(String id, String title, String lede) {
    String body = "Участники обсудили вопросы района.";
    return new Article(id, "https://example-news.kz/nodes/" + id, "example-news.kz", title, lede, body,
        Instant.parse("2024-03-01T10:00:00Z"), Instant.now(), "ru", List.of(), List.of(), List.of(),
        List.of("политика"), ArticleIds.contentHash(title, lede, body), null, null, null);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@link #CLIENTS} clients searching for the seeded articles one after another, retrying as told. */
  private final class SearchClients {
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger retried = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger longestRetry = new AtomicInteger();
    final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    void start() {
      URI uri = URI.create("http://localhost:" + port + "/api/search?size=5&q="
          + URLEncoder.encode("совещание", StandardCharsets.UTF_8));
      for (int i = 0; i < CLIENTS; i++) {
        Thread t = new Thread(() -> {
          while (running.get()) {
            search(uri);
          }
        }, "search-client-" + i);
        t.start();
        threads.add(t);
      }
    }

    private void search(URI uri) {
      sent.incrementAndGet();
      Instant first = Instant.now();
      String last = null;
      while (Duration.between(first, Instant.now()).compareTo(RETRY_WINDOW) < 0) {
        Duration wait = Duration.ofSeconds(1);
        try {
          HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri).timeout(RETRY_WINDOW).build(),
              HttpResponse.BodyHandlers.ofString());
          Matcher total = TOTAL.matcher(answer.body());
          if (answer.statusCode() == 200 && total.find() && Long.parseLong(total.group(1)) == SEEDED) {
            longestRetry.accumulateAndGet((int) Duration.between(first, Instant.now()).toMillis(), Math::max);
            return;
          }
          last = answer.statusCode() + " " + answer.body().substring(0, Math.min(200, answer.body().length()));
          wait = answer.headers().firstValue("Retry-After").map(s -> Duration.ofSeconds(Long.parseLong(s))).orElse(wait);
        } catch (IOException e) {
          last = e.toString();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        retried.incrementAndGet();
        sleep(wait);
      }
      failed.incrementAndGet();
      errors.add(first + ": " + last);
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread t : threads) {
        t.join();
      }
    }
  }

  /** An ingest writing 50 articles at a time, noting which batches Elasticsearch acknowledged whole. */
  private final class PacedIngest {
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger unacknowledged = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread thread;

    void start() {
      thread = new Thread(() -> {
        for (int batch = 0; running.get(); batch++) {
          List<Article> articles = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            String id = "ingest-" + batch + "-" + i;
            articles.add(article(id, "Выставка " + id + " открылась в Караганде", "В Караганде открылась выставка."));
          }
          if (write(articles)) {
            articles.forEach(a -> acknowledged.add(a.id()));
          } else {
            unacknowledged.addAndGet(articles.size());
          }
          sleep(Duration.ofMillis(200));
        }
      }, "paced-ingest");
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join();
    }
  }

  /** Looks at the alias every 100 ms; each index it is seen on must have every primary allocated. */
  private final class AliasWatch {
    final AtomicInteger moves = new AtomicInteger();
    final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread thread;

    void start() {
      thread = new Thread(() -> {
        String seen = null;
        while (running.get()) {
          try {
            String live = index.liveIndex().orElse(null);
            if (live != null && !live.equals(seen)) {
              if (seen != null) {
                moves.incrementAndGet();
                int unassigned = unassignedPrimaries(live);
                if (unassigned != 0) {
                  violations.add(live + ": " + unassigned + " primaries unassigned when the alias moved onto it");
                }
              }
              seen = live;
            }
          } catch (IOException | RuntimeException clusterBusy) {
            // The watch reads through the same cluster the test kills nodes of; a missed look is retried.
          }
          sleep(Duration.ofMillis(100));
        }
      }, "alias-watch");
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join();
    }
  }
}
