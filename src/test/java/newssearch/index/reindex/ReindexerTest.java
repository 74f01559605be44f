package newssearch.index.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newssearch.article.Article;
import newssearch.article.ArticleIds;
import newssearch.index.IndexProperties;
import newssearch.index.NewsIndex;
import newssearch.index.reindex.ReindexJob.Phase;
import newssearch.index.reindex.ReindexJob.Status;
import newssearch.pipeline.BulkWriter;
import newssearch.pipeline.IngestCounts;
import newssearch.pipeline.StoredArticles;
import newssearch.pipeline.Pipeline;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Reindexing on the real node: every article kept, the alias moved in one step, writes during the
 * job not lost, one job at a time, rollback, a changed analyser live only after the switch, and a
 * job stopped dead at any phase cleaned up or finished by the rerun. Each test works on its own alias.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "news.admin.api-key=reindex-test-key", "news.samples.load-when-empty=false",
    "news.reindex.slices=2", "news.reindex.page-size=40", "news.reindex.sample-size=50"})
class ReindexerTest {

  private static final String MAPPINGS = "classpath:index-mappings/news.json";
  private static final int ARTICLES = 230;
  private static final TestCluster cluster = TestCluster.get();
  /** The service's own alias, the one its HTTP endpoints work on; the other tests use fresh ones. */
  private static final String SERVICE_ALIAS = TestCluster.uniqueAlias(ReindexerTest.class);

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, SERVICE_ALIAS);
  }

  @LocalServerPort
  int port;

  @Autowired
  Pipeline pipeline;

  @Autowired
  ReindexProperties settings;

  @TempDir
  Path dir;

  private final ElasticsearchClient client = cluster.client();
  private String alias;
  private NewsIndex index;
  private Reindexer reindexer;

  /** A fresh alias per test, loaded with {@link #ARTICLES} articles written for this test through the ingest pipeline. */
  @BeforeEach
  void freshIndex(TestInfo test) throws IOException {
    boolean overHttp = test.getTags().contains("http");
    alias = overHttp ? SERVICE_ALIAS : TestCluster.uniqueAlias(ReindexerTest.class);
    index = new NewsIndex(client, new IndexProperties(alias, MAPPINGS));
    reindexer = reindexerFor(index);
    index.ensureExists();
    ingestInto(alias, articles(0, ARTICLES, Instant.now().minus(Duration.ofHours(1))));
  }

  private Reindexer reindexerFor(NewsIndex newsIndex) {
    return new Reindexer(client, newsIndex, pipeline, settings);
  }

  @Test
  void reindexKeepsEveryArticleAndMovesTheAlias() throws IOException {
    String old = index.liveIndex().orElseThrow();

    ReindexJob job = reindexer.start(null, ReindexListener.NONE).run();

    assertThat(job.status()).as(String.valueOf(job.errors())).isEqualTo(Status.SUCCEEDED);
    assertThat(job.phase()).isEqualTo(Phase.DONE);
    assertThat(index.liveIndex()).contains(job.target());
    assertThat(job.target()).isNotEqualTo(old);
    assertThat(ids(job.target())).isEqualTo(ids(old)).hasSize(ARTICLES);
    assertThat(job.counts().expected()).isEqualTo(ARTICLES);
    assertThat(job.counts().copied()).isEqualTo(ARTICLES);
    assertThat(job.counts().sampled()).isEqualTo(50);
    assertThat(job.counts().targetDocuments()).isEqualTo(job.counts().sourceDocuments());
    assertThat(job.phaseMillis()).containsKeys("copying", "catching_up", "verifying", "switching", "finishing");
    assertThat(index.versions()).as("the old index is kept for a rollback").contains(old, job.target());
    assertThat(aliasTargets()).containsExactly(job.target());
    assertThat(index.status().reindexNeeded()).isFalse();
    assertThat(reindexer.job(job.id())).hasValueSatisfying(j -> assertThat(j.status()).isEqualTo(Status.SUCCEEDED));
  }

  @Test
  void reindexLoadsWithoutReplicasThenGivesTheNewIndexTheConfiguredShardsAndReplicas() throws IOException {
    NewsIndex configured = new NewsIndex(client, new IndexProperties(alias, MAPPINGS, null, null, 2, 1));
    assertThat(configured.status().reindexNeeded()).isTrue();
    List<String> replicasWhileCopying = new ArrayList<>();

    ReindexJob job = reindexerFor(configured).start(null, (phase, progress) -> {
      if (phase == Phase.CATCHING_UP) {
        replicasWhileCopying.add(settingsOf(progress.target()).numberOfReplicas());
      }
    }).run();

    assertThat(job.status()).as(String.valueOf(job.errors())).isEqualTo(Status.SUCCEEDED);
    assertThat(replicasWhileCopying).containsExactly("0");
    assertThat(settingsOf(job.target()).numberOfShards()).isEqualTo("2");
    assertThat(settingsOf(job.target()).numberOfReplicas()).isEqualTo("1");
    assertThat(client.cluster().health(h -> h.index(job.target())).unassignedPrimaryShards()).isZero();
    assertThat(ids(alias)).hasSize(ARTICLES);
    assertThat(configured.status().reindexNeeded()).isFalse();
  }

  private co.elastic.clients.elasticsearch.indices.IndexSettings settingsOf(String name) {
    try {
      return client.indices().getSettings(g -> g.index(name)).result().get(name).settings().index();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void articlesWrittenWhileTheJobRunsAreInTheNewIndex() throws IOException {
    List<String> during = new ArrayList<>();
    ReindexJob job = reindexer.start(null, (phase, progress) -> {
      // After the snapshot is taken, before the catch-up; after the last catch-up, before the switch.
      if (phase == Phase.CATCHING_UP || phase == Phase.SWITCHING) {
        int from = ARTICLES + during.size() * 10;
        ingestInto(alias, articles(from, from + 10, Instant.now()));
        during.add(phase.name());
      }
    }).run();

    assertThat(job.status()).as(String.valueOf(job.errors())).isEqualTo(Status.SUCCEEDED);
    assertThat(ids(alias)).hasSize(ARTICLES + 20).isEqualTo(ids(job.source()));
    assertThat(job.counts().caughtUp()).isGreaterThanOrEqualTo(20);
    assertThat(job.counts().targetDocuments()).isEqualTo(ARTICLES + 20);
  }

  @Test
  void aCopyWrittenWhileTheJobRunsMarksItsFirstCopyInTheNewIndex() throws IOException {
    Article first = story("reindex-story-first", Instant.now().minus(Duration.ofMinutes(30)), null);
    ingestInto(alias, List.of(first));
    ReindexJob job = reindexer.start(null, (phase, progress) -> {
      // The first copy is in the new index already, unmarked: only the copy's catch-up can mark it there.
      if (phase == Phase.CATCHING_UP) {
        ingestInto(alias, List.of(story("reindex-story-copy", Instant.now(), first.id())));
      }
    }).run();

    assertThat(job.status()).as(String.valueOf(job.errors())).isEqualTo(Status.SUCCEEDED);
    Map<String, Article> stored = StoredArticles.byId(client, job.target(), List.of(first.id(), "reindex-story-copy"));
    assertThat(stored.get("reindex-story-copy").duplicateOf()).isEqualTo(first.id());
    assertThat(stored.get(first.id()).hasCopies()).isTrue();
  }

  @Test
  @Tag("http")
  void aSecondJobIsRefusedWith409AndTheJobCanBeFollowed() throws Exception {
    CountDownLatch copying = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Reindexer.Launch launch = reindexer.start(null, (phase, progress) -> {
      if (phase == Phase.COPYING) {
        copying.countDown();
        await(release);
      }
    });
    Thread job = new Thread(launch::run);
    job.start();
    try {
      assertThat(copying.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(post("/api/admin/reindex", "reindex-test-key")).startsWith("409")
          .contains("application/problem+json").contains(launch.job().id()).doesNotContain("Exception");
      assertThatThrownBy(() -> reindexer.start(null, ReindexListener.NONE)).isInstanceOf(ReindexRunningException.class);
      assertThat(get("/api/admin/jobs/" + launch.job().id(), "reindex-test-key")).startsWith("200")
          .contains("\"status\":\"RUNNING\"", "\"phase\":\"COPYING\"");
    } finally {
      release.countDown();
      job.join(60_000);
    }
    assertThat(get("/api/admin/jobs/" + launch.job().id(), "reindex-test-key")).startsWith("200")
        .contains("\"status\":\"SUCCEEDED\"", "\"expected\":" + ARTICLES);
    assertThat(get("/api/admin/jobs/" + launch.job().id(), null)).startsWith("401");
    assertThat(get("/api/admin/jobs/no-such-job", "reindex-test-key")).startsWith("404");
  }

  @Test
  void rollbackPointsTheAliasBackAndDeleteOldNeverTouchesTheLiveIndex() throws IOException {
    String old = index.liveIndex().orElseThrow();
    ReindexJob job = reindexer.start(null, ReindexListener.NONE).run();

    assertThat(reindexer.rollback()).isEqualTo(old);
    assertThat(aliasTargets()).containsExactly(old);
    assertThat(ids(alias)).hasSize(ARTICLES);

    assertThat(reindexer.deleteOld()).containsExactly(job.target());
    assertThat(aliasTargets()).containsExactly(old);
    assertThat(index.versions()).containsExactly(old);
    assertThatThrownBy(() -> reindexer.rollback()).hasMessageContaining("nothing to roll back to");
    assertThatThrownBy(() -> index.deleteIndex(old)).hasMessageContaining("never deleted");
  }

  @Test
  void aChangedSynonymWorksOnlyAfterTheSwitch() throws IOException {
    Path edited = dir.resolve("news.json");
    String original = new String(getClass().getResourceAsStream("/index-mappings/news.json").readAllBytes(),
        StandardCharsets.UTF_8);
    Files.writeString(edited, original.replace("\"алматы, алма-ата\"", "\"алматы, алма-ата, верный\""));
    NewsIndex editedIndex = new NewsIndex(client, new IndexProperties(alias, edited.toString()));
    assertThat(editedIndex.status().reindexNeeded()).isTrue();
    List<Long> foundBeforeSwitch = new ArrayList<>();

    ReindexJob job = reindexerFor(editedIndex).start(null, (phase, progress) -> {
      if (phase == Phase.SWITCHING) {
        foundBeforeSwitch.add(titleMatches("верный"));
      }
    }).run();

    assertThat(job.status()).as(String.valueOf(job.errors())).isEqualTo(Status.SUCCEEDED);
    assertThat(foundBeforeSwitch).containsExactly(0L);
    assertThat(titleMatches("верный")).isEqualTo(titleMatches("алматы")).isPositive();
    assertThat(editedIndex.status().reindexNeeded()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Phase.class, names = {"COPYING", "CATCHING_UP", "VERIFYING", "SWITCHING"})
  void aJobStoppedDeadBeforeTheSwitchLeavesTheOldIndexServingAndTheRerunStartsOver(Phase at) throws IOException {
    String old = index.liveIndex().orElseThrow();
    Reindexer.Launch launch = reindexer.start(null, crashAt(at));
    assertThatThrownBy(launch::run).isInstanceOf(Crash.class);

    assertThat(aliasTargets()).containsExactly(old);
    assertThat(ids(alias)).hasSize(ARTICLES);
    assertThat(reindexer.job(launch.job().id())).hasValueSatisfying(j -> assertThat(j.phase()).isEqualTo(at));
    assertThat(client.indices().exists(e -> e.index(launch.job().target())).value()).isTrue();

    ReindexJob rerun = reindexer.start(null, ReindexListener.NONE).run();

    assertThat(rerun.status()).as(String.valueOf(rerun.errors())).isEqualTo(Status.SUCCEEDED);
    assertThat(ids(alias)).hasSize(ARTICLES);
    assertThat(aliasTargets()).containsExactly(rerun.target());
    assertThat(client.indices().exists(e -> e.index(launch.job().target())).value()).as("leftover removed").isFalse();
    assertThat(reindexer.job(launch.job().id())).hasValueSatisfying(j -> {
      assertThat(j.status()).isEqualTo(Status.ABANDONED);
      assertThat(j.note()).contains("the next job (a reindex or a rollback) removed " + launch.job().target());
    });
  }

  @Test
  void aJobStoppedDeadAfterTheSwitchIsFinishedByTheRerun() throws IOException {
    Reindexer.Launch launch = reindexer.start(null, crashAt(Phase.FINISHING));
    assertThatThrownBy(launch::run).isInstanceOf(Crash.class);
    assertThat(aliasTargets()).containsExactly(launch.job().target());

    ReindexJob rerun = reindexer.start(null, ReindexListener.NONE).run();

    assertThat(rerun.id()).isEqualTo(launch.job().id());
    assertThat(rerun.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(rerun.note()).contains("a rerun finished it");
    assertThat(rerun.counts().targetDocuments()).isEqualTo(ARTICLES);
    assertThat(reindexer.start(null, ReindexListener.NONE).run().status()).as("the lock is free again")
        .isEqualTo(Status.SUCCEEDED);
  }

  @Test
  void fromFilesRebuildsWithTheIngestPipeline() throws IOException {
    Path input = writeNdjson(articles(1000, 1040, Instant.now()));

    ReindexJob job = reindexer.start(List.of(input.toString()), ReindexListener.NONE).run();

    assertThat(job.status()).as(String.valueOf(job.errors())).isEqualTo(Status.SUCCEEDED);
    assertThat(job.fromFiles()).containsExactly(input.toString());
    assertThat(ids(alias)).hasSize(40);
    assertThat(job.counts().copied()).isEqualTo(40);
  }

  /** Stands for a kill -9: an Error the job does not catch, so nothing is cleaned up or unlocked. */
  private static final class Crash extends Error {
    Crash(Phase phase) {
      super("simulated kill at " + phase);
    }
  }

  private static ReindexListener crashAt(Phase at) {
    return (phase, progress) -> {
      if (phase == at) {
        throw new Crash(phase);
      }
    };
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Articles written for this test, stamped as ingested then: made-up sentences, a third of them about Almaty. */
  private static List<Article> articles(int from, int to, Instant ingestedAt) {
    List<Article> articles = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String city = i % 3 == 0 ? "Алматы" : "Астане";
      String title = "Совещание номер " + i + " прошло в " + city;
      String lede = "В " + city + " прошло совещание номер " + i + " о бюджете района.";
      String body = "Участники обсудили " + (i % 17) + " вопросов.";
      articles.add(new Article("reindex-test-" + i, "https://example-news.kz/reindex/" + i, "example-news.kz", title,
          lede, body, Instant.parse("2024-03-01T10:00:00Z").plusSeconds(86_400L * (i % 28)), ingestedAt, "ru",
          List.of(), List.of(), List.of(), List.of("политика"), ArticleIds.contentHash(title, lede, body), null, null, null));
    }
    return articles;
  }

  /** One story long enough to be recognised as copied (made-up sentences), under its own id. */
  private static Article story(String id, Instant ingestedAt, String duplicateOf) {
    String title = "Районный совет утвердил план ремонта школ";
    String lede = "Районный совет на заседании во вторник утвердил план ремонта двенадцати школ и трех детских садов.";
    String body = "Работы начнутся весной и продлятся до конца лета. В первую очередь заменят кровли, окна и системы "
        + "отопления в зданиях старше сорока лет. Депутаты попросили администрацию каждый месяц публиковать отчет "
        + "о расходах и сроках, а родителям учеников обещали заранее сообщить о переносе занятий.";
    return new Article(id, "https://example-news.kz/reindex/" + id, "example-news.kz", title, lede, body,
        Instant.parse("2024-03-05T10:00:00Z"), ingestedAt, "ru", List.of(), List.of(), List.of(), List.of("политика"),
        ArticleIds.contentHash(title, lede, body), duplicateOf, null, null);
  }

  /** The same articles as an input file, for a rebuild from files. */
  private Path writeNdjson(List<Article> articles) throws IOException {
    Path file = Files.createTempFile(dir, "articles-", ".jsonl");
    Files.write(file, articles.stream().map(a -> String.format(Locale.ROOT,
        "{\"url\": \"%s\", \"title\": \"%s\", \"text\": \"%s\\n\\n%s\"}", a.url(), a.title(), a.lede(), a.body()))
        .toList(), StandardCharsets.UTF_8);
    return file;
  }

  /** Writes through the alias as an ingest does (create by id), then makes it searchable. */
  private void ingestInto(String target, List<Article> articles) {
    try (BulkWriter writer = pipeline.writer(target, new IngestCounts(), rejection -> {
      throw new AssertionError(rejection.reason());
    })) {
      for (Article article : articles) {
        writer.write(article, "test", 0);
      }
    } catch (BulkWriter.ClusterFailedException e) {
      throw new AssertionError(e);
    }
    try {
      client.indices().refresh(r -> r.index(target));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Set<String> ids(String indexOrAlias) throws IOException {
    client.indices().refresh(r -> r.index(indexOrAlias));
    return client.search(s -> s.index(indexOrAlias).size(10_000).source(src -> src.fetch(false)), Article.class)
        .hits().hits().stream().map(h -> h.id()).collect(Collectors.toSet());
  }

  private long titleMatches(String word) throws IOException {
    return client.count(c -> c.index(alias).query(q -> q.match(m -> m.field("title").query(word)))).count();
  }

  private Set<String> aliasTargets() throws IOException {
    return client.indices().getAlias(a -> a.name(alias)).result().keySet();
  }

  private String post(String path, String key) {
    return exchange(RestClient.create("http://localhost:" + port).post().uri(path), key);
  }

  private String get(String path, String key) {
    return exchange(RestClient.create("http://localhost:" + port).get().uri(path), key);
  }

  private static String exchange(RestClient.RequestHeadersSpec<?> request, String key) {
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return request.exchange((req, resp) -> resp.getStatusCode().value() + " " + resp.getHeaders().getContentType()
        + " " + new String(resp.getBody().readAllBytes(), StandardCharsets.UTF_8));
  }
}
