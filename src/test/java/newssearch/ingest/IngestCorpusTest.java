package newssearch.ingest;

import newssearch.pipeline.IngestProgress;
import newssearch.pipeline.IngestProperties;
import newssearch.pipeline.IngestReport;
import newssearch.pipeline.Pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newssearch.article.Article;
import newssearch.corpus.Corpora;
import newssearch.corpus.CorpusTest;
import newssearch.enrich.EntityMatcher;
import newssearch.enrich.Gazetteer;
import newssearch.index.IndexProperties;
import newssearch.index.NewsIndex;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting real inputs: the mission's seed page, a Lenta.ru dump and a Telegram channel export. */
@CorpusTest
class IngestCorpusTest {

  private static final TestCluster cluster = TestCluster.get();

  @TempDir
  Path dir;

  private final String alias = TestCluster.uniqueAlias(IngestCorpusTest.class);
  private final Ingest ingest = newProcess();

  private Ingest newProcess() {
    NewsIndex index = new NewsIndex(cluster.client(), new IndexProperties(alias, "classpath:index-mappings/news.json"));
    IngestProperties settings = new IngestProperties(500, 8, 2, 2, 20, 40_000);
    Pipeline pipeline = new Pipeline(cluster.client(), settings, new EntityMatcher(Gazetteer.load()));
    return new Ingest(cluster.client(), index, pipeline, settings, new KnownStories(cluster.client(), index, pipeline, settings));
  }

  private IngestReport run(String input) throws IOException {
    return ingest.run(new Ingest.Request(List.of(input), List.of(), null, dir.resolve("rejects.jsonl")),
        IngestProgress.NONE);
  }

  @Test
  void theSeedPageComesOutAsACleanArticle() throws IOException {
    IngestReport report = run(Corpora.path("seed"));

    assertThat(report.counts().indexed()).isEqualTo(1);
    assertThat(search()).singleElement().satisfies(seed -> {
      assertThat(seed.title())
          .isEqualTo("Казахстан предлагает свои услуги в качестве Цифрового хаба на пространстве ШОС – Токаев");
      assertThat(seed.lede()).isEqualTo("Президент Казахстана предложил провести в 2024 году Цифровой форум ШОС в Астане.");
      assertThat(seed.body())
          .contains("передает inbusiness.kz со ссылкой на Акорду")
          .doesNotContain("885", "Фото: pixabay.com", "Telegram", "ПОДПИСЫВАЙТЕСЬ", "Подписаться");
      assertThat(seed.source()).isEqualTo("inbusiness.kz");
      assertThat(seed.language()).isEqualTo("ru");
      assertThat(seed.people()).contains("Касым-Жомарт Токаев");
      assertThat(seed.organizations()).contains("Шанхайская организация сотрудничества", "Организация Объединённых Наций");
      assertThat(seed.places()).contains("Казахстан", "Астана", "Индия");
    });
  }

  @Test
  void ingestingALentaDumpAgainChangesNothing() throws IOException {
    String input = Corpora.path("format-samples/lenta-ru-news_sample.csv");
    IngestReport first = run(input);
    long count = count();
    IngestReport second = newProcess().run(new Ingest.Request(List.of(input), List.of(), null,
        dir.resolve("rejects.jsonl")), IngestProgress.NONE);

    assertThat(count).isEqualTo(first.counts().indexed()).isPositive();
    assertThat(count()).isEqualTo(count);
    assertThat(second.counts().indexed()).isZero();
    assertThat(second.counts().unchanged()).isEqualTo(second.counts().read());
  }

  @Test
  void aTelegramExportIsReadPostByPost() throws IOException {
    IngestReport report = run(Corpora.path("telegram-ru/1001000724666_messages.json.gz"));
    assertThat(report.counts().rejected()).isZero();
    assertThat(count()).isEqualTo(report.counts().read()).isGreaterThan(100);
    Article post = search().get(0);
    assertThat(post.source()).isEqualTo("Naked Science");
    assertThat(post.id()).startsWith("k");
    assertThat(post.publishedAt()).isNotNull();
  }

  private List<Article> search() throws IOException {
    return cluster.client().search(s -> s.index(alias).size(100), Article.class).hits().hits().stream()
        .map(Hit::source).toList();
  }

  private long count() throws IOException {
    return cluster.client().count(c -> c.index(alias)).count();
  }
}
