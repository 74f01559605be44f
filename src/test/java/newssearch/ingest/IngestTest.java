package newssearch.ingest;

import newssearch.pipeline.IngestCounts;
import newssearch.pipeline.IngestProgress;
import newssearch.pipeline.IngestProperties;
import newssearch.pipeline.IngestReport;
import newssearch.pipeline.Pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import newssearch.article.Article;
import newssearch.enrich.EntityMatcher;
import newssearch.enrich.Gazetteer;
import newssearch.index.IndexProperties;
import newssearch.index.NewsIndex;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

class IngestTest {

  private static final TestCluster cluster = TestCluster.get();
  private static final IngestProperties SETTINGS = new IngestProperties(500, 8, 2, 2, 20, 40_000);

  @TempDir
  Path dir;

  private final String alias = TestCluster.uniqueAlias(IngestTest.class);
  private final Ingest ingest = newProcess();

  /** An ingest as a new command would run it: nothing remembered but what the index holds. */
  private Ingest newProcess() {
    return newProcess(SETTINGS);
  }

  private Ingest newProcess(IngestProperties settings) {
    return newProcess(settings, "classpath:index-mappings/news.json");
  }

  private Ingest newProcess(IngestProperties settings, String mappings) {
    NewsIndex index = new NewsIndex(cluster.client(), new IndexProperties(alias, mappings));
    Pipeline pipeline = new Pipeline(cluster.client(), settings, new EntityMatcher(Gazetteer.load()));
    return new Ingest(cluster.client(), index, pipeline, settings, new KnownStories(cluster.client(), index, pipeline, settings));
  }

  private IngestReport run(String... inputs) throws IOException {
    return ingest.run(new Ingest.Request(List.of(inputs), List.of(), null, dir.resolve("rejects.jsonl")),
        IngestProgress.NONE);
  }

  @Test
  void whileALoadWritesNoWindowEndsPastItsStartAndNoneOfItsArticlesIsStampedEarlier() throws IOException {
    Instant later = Instant.now().plusSeconds(3600);
    List<Instant> during = new ArrayList<>();
    assertThat(ingest.windowEnd(later)).isEqualTo(later);

    ingest.run(new Ingest.Request(List.of("src/test/resources/news/digital-forum.txt"), List.of(), null,
        dir.resolve("rejects.jsonl")), new IngestProgress() {
          @Override
          public void started(long totalBytes, IngestCounts counts) {
            during.add(ingest.windowEnd(later));
          }

          @Override
          public void finished() {
            during.add(ingest.windowEnd(later));
          }
        });

    Instant stamped = only(search()).ingestedAt();
    assertThat(during).hasSize(2).allSatisfy(since -> assertThat(since).isBefore(stamped));
    assertThat(ingest.windowEnd(stamped)).as("an end among the load's stamps").isBefore(stamped);
    assertThat(ingest.windowEnd(later)).as("nothing is writing any more").isEqualTo(later);
  }

  @Test
  void aScrapedPageComesOutAsACleanArticle() throws IOException {
    IngestReport report = run("src/test/resources/news/digital-forum.txt");

    assertThat(report.counts().indexed()).isEqualTo(1);
    Article page = only(search());
    assertThat(page.title()).isEqualTo("Астана готова принять Цифровой форум ШОС в 2024 году – Токаев");
    assertThat(page.lede())
        .isEqualTo("Глава государства предложил странам ШОС собраться в 2024 году на Цифровой форум ШОС в Астане.");
    assertThat(page.body())
        .startsWith("Президент Казахстана Касым-Жомарт Токаев выступил на саммите")
        .contains("передает example-news.kz со ссылкой на Акорду")
        .doesNotContain("742", "Фото: example-photo.kz", "Telegram", "ПОДПИСЫВАЙТЕСЬ", "Подписаться", "Подпишитесь");
    assertThat(page.source()).isEqualTo("example-news.kz");
    assertThat(page.language()).isEqualTo("ru");
    assertThat(page.people()).contains("Касым-Жомарт Токаев");
    assertThat(page.organizations()).contains("Шанхайская организация сотрудничества", "Организация Объединённых Наций");
    assertThat(page.places()).contains("Казахстан", "Астана", "Индия");
  }

  @Test
  void brokenInputsAreRejectedWithReasonsAndEveryGoodRecordIsIndexed() throws IOException {
    Path broken = dir.resolve("broken");
    FileSystemUtils.copyRecursively(Path.of("src/test/resources/ingest/broken"), broken);
    String huge = "Очень длинная статья. ".repeat(250_000); // 5.5 MB of text, over the 2 MB limit
    Files.writeString(broken.resolve("huge.jsonl"), new ObjectMapper().writeValueAsString(
        Map.of("url", "https://example-news.kz/huge", "title", "Огромная статья", "text", huge)) + "\n");

    IngestReport report = run(broken.toString());

    List<Map<String, Object>> rejects = readRejects(report.rejectsFile());
    assertThat(rejects).extracting(r -> r.get("file").toString().replaceAll(".*/", "") + " " + r.get("reason"))
        .anySatisfy(r -> assertThat(r).startsWith("truncated.jsonl malformed JSON"))
        .anySatisfy(r -> assertThat(r).startsWith("wrong-columns.csv expected 5 columns, found 2"))
        .anySatisfy(r -> assertThat(r).startsWith("junk.dat binary data"))
        .anySatisfy(r -> assertThat(r).startsWith("empty-body.jsonl empty text"))
        .anySatisfy(r -> assertThat(r).startsWith("huge.jsonl article too large"))
        .anySatisfy(r -> assertThat(r).startsWith("front-page.html no article text"))
        .hasSize(6);
    assertThat(rejects).filteredOn(r -> r.get("file").toString().endsWith("truncated.jsonl"))
        .singleElement().satisfies(r -> assertThat(r.get("line")).isEqualTo(2));
    assertThat(titles(search())).containsExactlyInAnyOrder(
        "Мажилис принял закон о цифровых активах",
        "Сенат одобрил ратификацию соглашения о транзите",
        "Нацбанк сохранил базовую ставку",
        "Акимат Костаная объявил о ремонте дорог");
    assertThat(report.counts().rejected()).isEqualTo(6);
  }

  @Test
  void aWindows1251PageIsDecoded() throws IOException {
    run("src/test/resources/ingest/broken/kostanay-cp1251.txt");
    Article page = only(search());
    assertThat(page.lede()).isEqualTo("В Костанае начался ремонт трёх центральных улиц.");
    assertThat(page.body()).isEqualTo("Работы планируют завершить к осени, сообщили в акимате.");
  }

  @Test
  void ingestingTheSameInputAgainChangesNothing() throws IOException {
    String input = "samples/lenta-style.csv";
    IngestReport first = run(input);
    long count = count();
    IngestReport second = run(input);

    assertThat(count).isEqualTo(first.counts().indexed()).isPositive();
    assertThat(count()).isEqualTo(count);
    assertThat(second.counts().indexed()).isZero();
    assertThat(second.counts().unchanged()).isEqualTo(second.counts().read());
  }

  @Test
  void aRecordRepeatedInOneLoadIsUnchangedThoughNoRefreshHasShownItYet() throws IOException {
    String line = Files.readAllLines(Path.of("samples/articles.jsonl")).get(0);
    Path twice = Files.writeString(dir.resolve("twice.jsonl"), line + "\n" + line + "\n");
    IngestProperties refreshOff = new IngestProperties(500, 8, 2, 2, 0, 40_000);

    IngestReport report = newProcess(refreshOff).run(new Ingest.Request(List.of(twice.toString()), List.of(), null,
        dir.resolve("rejects.jsonl")), IngestProgress.NONE);

    assertThat(report.counts().indexed()).isEqualTo(1);
    assertThat(report.counts().unchanged()).as("its hash read by id, in real time").isEqualTo(1);
    assertThat(report.counts().updated()).isZero();
  }

  @Test
  void anArticleWhoseTextChangedIsRewrittenAndTheOthersLeftAlone() throws IOException {
    String kept = "{\"url\": \"https://example-news.kz/kept\", \"title\": \"Форум в Астане\","
        + " \"text\": \"Первый абзац.\\n\\nВторой абзац.\"}";
    Path before = Files.writeString(dir.resolve("before.jsonl"), kept + "\n"
        + "{\"url\": \"https://example-news.kz/edited\", \"title\": \"Саммит ШОС\", \"text\": \"Было так.\\n\\nИ так.\"}\n");
    Path after = Files.writeString(dir.resolve("after.jsonl"), kept + "\n"
        + "{\"url\": \"https://example-news.kz/edited\", \"title\": \"Саммит ШОС\", \"text\": \"Стало иначе.\\n\\nИ так.\"}\n");
    run(before.toString());
    IngestReport second = run(after.toString());

    assertThat(second.counts().updated()).isEqualTo(1);
    assertThat(second.counts().unchanged()).isEqualTo(1);
    assertThat(count()).isEqualTo(2);
    assertThat(search()).extracting(Article::lede).containsExactlyInAnyOrder("Первый абзац.", "Стало иначе.");
  }

  @Test
  void aGzippedTelegramExportIsReadPostByPost() throws IOException {
    Path export = dir.resolve("1009990000001_messages.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(export))) {
      Files.copy(Path.of("src/test/resources/ingest/formats/telegram-export.json"), out);
    }

    IngestReport report = run(export.toString());

    assertThat(report.counts().rejected()).isZero();
    assertThat(count()).isEqualTo(report.counts().read()).isEqualTo(3);
    assertThat(search()).allSatisfy(post -> {
      assertThat(post.source()).isEqualTo("Example Science");
      assertThat(post.id()).startsWith("k");
      assertThat(post.publishedAt()).isNotNull();
    });
  }

  @Test
  void theSamplesIngestCleanlyAndTheSyndicatedCopyPointsToTheFirst() throws IOException {
    IngestReport report = run("samples");
    assertThat(report.counts().rejected()).isZero();
    assertThat(report.counts().indexed()).isEqualTo(28);
    List<Article> articles = search();
    Article first = articles.stream().filter(a -> "https://example-news.kz/economy/2024/09/12/sredniy-koridor-aktau-rost"
        .equals(a.url())).findFirst().orElseThrow();
    assertThat(articles).filteredOn(a -> first.id().equals(a.duplicateOf())).singleElement()
        .satisfies(copy -> assertThat(copy.source()).isEqualTo("example-daily.ru"));
    assertThat(articles).filteredOn(a -> Boolean.TRUE.equals(a.hasCopies())).as("marked by the writer")
        .containsExactly(first);
    assertThat(articles).filteredOn(a -> a.body().contains("<script>alert(\"x\")</script>")).hasSize(1);
    assertThat(articles).extracting(Article::language).contains("ru", "en", "kk");
  }

  @Test
  void aCopyIngestedLaterPointsToTheFirstCopyIngestedBefore() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("samples/articles.jsonl"));
    Path first = Files.writeString(dir.resolve("monday.jsonl"), lines.get(3) + "\n");
    Path copy = Files.writeString(dir.resolve("tuesday.jsonl"), lines.get(4) + "\n");
    run(first.toString());
    IngestReport later = newProcess().run(new Ingest.Request(List.of(copy.toString()), List.of(), null,
        dir.resolve("rejects.jsonl")), IngestProgress.NONE);

    assertThat(later.counts().duplicates()).isEqualTo(1);
    List<Article> articles = search();
    Article original = articles.stream().filter(a -> a.duplicateOf() == null).findFirst().orElseThrow();
    assertThat(articles).filteredOn(a -> original.id().equals(a.duplicateOf())).hasSize(1);
    assertThat(original.hasCopies()).as("marked when its copy came").isTrue();
  }

  @Test
  void aLaterProcessLooksForCopiesAmongTheNewestStoriesOnly() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("samples/articles.jsonl"));
    run(Files.writeString(dir.resolve("monday.jsonl"), lines.get(3) + "\n").toString());
    run(Files.writeString(dir.resolve("tuesday.jsonl"), lines.get(0) + "\n" + lines.get(1) + "\n").toString());
    Path copy = Files.writeString(dir.resolve("wednesday.jsonl"), lines.get(4) + "\n");
    IngestProperties twoStories = new IngestProperties(500, 8, 2, 2, 20, 2);

    IngestReport later = newProcess(twoStories).run(new Ingest.Request(List.of(copy.toString()), List.of(), null,
        dir.resolve("rejects.jsonl")), IngestProgress.NONE);

    assertThat(search()).hasSize(4).filteredOn(a -> a.duplicateOf() == null).hasSize(4);
    assertThat(later.counts().duplicates()).as("Monday's story is older than the two it remembers").isZero();
  }

  @Test
  void aLaterProcessKnowsAStoryByItsStoredSignatureNotByReadingItsTextAgain() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("samples/articles.jsonl"));
    run(Files.writeString(dir.resolve("monday.jsonl"), lines.get(3) + "\n").toString());
    Article original = only(search());
    assertThat(original.minhash()).as("a first copy keeps its signature").isNotNull();
    // Its stored text no longer tells its story: only the signature can link the copy to it.
    cluster.client().update(u -> u.index(alias).id(original.id()).refresh(Refresh.True)
        .doc(Map.of("lede", "Короткая заметка.", "body", "")), Article.class);
    Path copy = Files.writeString(dir.resolve("tuesday.jsonl"), lines.get(4) + "\n");

    IngestReport later = newProcess().run(new Ingest.Request(List.of(copy.toString()), List.of(), null,
        dir.resolve("rejects.jsonl")), IngestProgress.NONE);

    assertThat(later.counts().duplicates()).isEqualTo(1);
    assertThat(search()).filteredOn(a -> original.id().equals(a.duplicateOf())).singleElement()
        .satisfies(a -> assertThat(a.minhash()).as("a copy has none").isNull());
  }

  @Test
  void anIndexMadeBeforeSignaturesIsWrittenWithoutThemAndItsStoriesAreReadFromTheirTexts() throws IOException {
    String definition = Files.readString(Path.of("index-mappings/news.json"));
    String withoutSignatures = definition.replaceAll(",\\s*\"minhash\": \\{[^}]*}", "");
    assertThat(withoutSignatures).isNotEqualTo(definition).doesNotContain("minhash");
    String older = Files.writeString(dir.resolve("older-news.json"), withoutSignatures).toString();
    List<String> lines = Files.readAllLines(Path.of("samples/articles.jsonl"));
    IngestReport first = newProcess(SETTINGS, older).run(new Ingest.Request(
        List.of(Files.writeString(dir.resolve("monday.jsonl"), lines.get(3) + "\n").toString()), List.of(), null,
        dir.resolve("rejects.jsonl")), IngestProgress.NONE);
    assertThat(first.counts().rejected()).as("its strict mapping would refuse an unknown field").isZero();
    assertThat(only(search()).minhash()).isNull();

    IngestReport later = newProcess(SETTINGS, older).run(new Ingest.Request(
        List.of(Files.writeString(dir.resolve("tuesday.jsonl"), lines.get(4) + "\n").toString()), List.of(), null,
        dir.resolve("rejects.jsonl")), IngestProgress.NONE);

    assertThat(later.counts().duplicates()).isEqualTo(1);
  }

  private List<Article> search() throws IOException {
    SearchResponse<Article> response = cluster.client().search(s -> s.index(alias).size(100), Article.class);
    return response.hits().hits().stream().map(Hit::source).toList();
  }

  private long count() throws IOException {
    return cluster.client().count(c -> c.index(alias)).count();
  }

  private static Article only(List<Article> articles) {
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }

  private static List<String> titles(List<Article> articles) {
    return articles.stream().map(Article::title).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> readRejects(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    return Files.readAllLines(file).stream().map(l -> {
      try {
        return (Map<String, Object>) json.readValue(l, Map.class);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
  }
}
