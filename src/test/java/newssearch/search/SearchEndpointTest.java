package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.StreamSupport;
import newssearch.ingest.Ingest;
import newssearch.pipeline.IngestProgress;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /api/search} over articles written for the project (the samples and the tests' own), on a real node. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchEndpointTest {

  private static final String ALIAS = TestCluster.uniqueAlias(SearchEndpointTest.class);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORUM_TITLE = "Астана готова принять Цифровой форум ШОС в 2024 году – Токаев";
  private static boolean loaded;

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, ALIAS);
  }

  @LocalServerPort
  int port;

  @Autowired
  Ingest ingest;

  private void load() throws Exception {
    if (!loaded) {
      ingest.run(new Ingest.Request(List.of("src/test/resources/news", "samples",
          "src/test/resources/web/script-article.jsonl"), List.of(), null, Files.createTempFile("rejects", ".jsonl")),
          IngestProgress.NONE);
      loaded = true;
    }
  }

  private HttpResponse<String> get(String query) throws Exception {
    load();
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?" + query)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode search(String q, String... params) throws Exception {
    String query = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=50" + String.join("", params);
    HttpResponse<String> response = get(query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> snippets(JsonNode result) {
    return StreamSupport.stream(result.get("hits").spliterator(), false)
        .flatMap(h -> StreamSupport.stream(h.get("snippets").spliterator(), false)).map(JsonNode::asText).toList();
  }

  @Test
  void findsAndHighlightsInflectedForms() throws Exception {
    assertThat(snippets(search("Астана"))).anyMatch(s -> s.contains("<mark>Астане</mark>"));
    assertThat(snippets(search("цифровой форум"))).anyMatch(s -> s.contains("<mark>Цифровой</mark> <mark>форум</mark>"));
  }

  @Test
  void whenNoArticleHasEveryWordMostOfThemWillDo() throws Exception {
    JsonNode strict = search("Мирзиёев Рахмон");
    JsonNode relaxed = search("Мирзиёев Рахмон несуществующееслово");
    assertThat(relaxed.at("/interpretation/relaxed").asBoolean()).isTrue();
    assertThat(relaxed.get("total").asLong()).isPositive();
    assertThat(strict.at("/interpretation/relaxed").asBoolean()).isFalse();
    assertThat(strict.get("total").asLong()).isPositive();
    assertThat(strict.at("/interpretation/terms").toString()).isEqualTo("[\"Мирзиёев\",\"Рахмон\"]");
  }

  @Test
  void anEnglishQueryFindsTheRussianArticleAndMarksTheRussianWords() throws Exception {
    JsonNode result = search("SCO digital forum Astana 2024");
    assertThat(result.at("/hits/0/title").asText()).isEqualTo(FORUM_TITLE);
    String snippets = String.join(" ", StreamSupport.stream(result.at("/hits/0/snippets").spliterator(), false)
        .map(JsonNode::asText).toList());
    assertThat(snippets).contains("<mark>Цифровой</mark>", "<mark>форум</mark>", "<mark>ШОС</mark>",
        "<mark>Астане</mark>", "<mark>2024</mark>");
    assertThat(result.at("/interpretation/expansions/0/alternatives").toString()).contains("ШОС");
    JsonNode asWritten = search("SCO digital forum Astana 2024", "&expand=false");
    assertThat(asWritten.at("/interpretation/reading").asText()).as("no article has the English words")
        .isEqualTo("ranked");
    assertThat(asWritten.at("/interpretation/expansions")).isEmpty();
    for (String english : List.of("Tokayev SCO summit", "Kazakhstan e-government ranking UN")) {
      assertThat(search(english).at("/hits/0/title").asText()).as(english).isEqualTo(FORUM_TITLE);
    }
  }

  @Test
  void aRussianQueryAlsoFindsTheArticlesInEnglishAndKazakh() throws Exception {
    JsonNode english = search("Казахстан Евросоюз сырье");
    assertThat(hitsIn(english, "en")).contains("Kazakhstan and EU officials review progress on raw materials partnership");
    assertThat(english.at("/interpretation/expansions").toString()).contains("European Union", "raw material");
    assertThat(english.at("/interpretation/reading").asText()).as("no Russian article holds every word")
        .isEqualTo("ranked");
    // Whether its page shows enough Russian articles or only one, the strict reading is counted the same.
    assertThat(search("Токаев").at("/interpretation/reading").asText()).isEqualTo("strict");
    assertThat(search("Токаев", "&size=1").at("/interpretation/reading").asText()).isEqualTo("strict");
    assertThat(StreamSupport.stream(english.get("hits").spliterator(), false).map(h -> h.get("titleHtml").asText()))
        .anyMatch(t -> t.startsWith("<mark>Kazakhstan</mark> and <mark>EU</mark> officials"));

    // Kazakh names take suffixes: Тоқаев, Астанада.
    assertThat(hitsIn(search("Токаев"), "kk")).contains("Тоқаев су ресурстарын тиімді пайдалану жөнінде кеңес өткізді");
    assertThat(hitsIn(search("ШОС в Астане"), "kk")).contains("Астанада ШЫҰ елдерінің жастар форумы өтті");
    assertThat(hitsIn(search("Токаев", "&expand=false"), "kk")).isEmpty();
  }

  @Test
  void russianArticlesRankTheSameWhetherARussianQueryIsCarriedOverOrNot() throws Exception {
    for (String russian : List.of("Токаев ШОС", "наводнение Бектенов", "Казахстан Китай перевозки")) {
      JsonNode carried = search(russian);
      assertThat(carried.at("/interpretation/expansions").size()).as(russian).isPositive();
      assertThat(hitsIn(carried, "ru")).as(russian).isNotEmpty().isEqualTo(hitsIn(search(russian, "&expand=false"), "ru"));
    }
  }

  private static List<String> hitsIn(JsonNode result, String language) {
    return StreamSupport.stream(result.get("hits").spliterator(), false)
        .filter(h -> h.get("language").asText().equals(language)).map(h -> h.get("title").asText()).toList();
  }

  @Test
  void yoAndYeFindTheSame() throws Exception {
    long withYo = search("Мирзиёев").get("total").asLong();
    assertThat(withYo).isPositive().isEqualTo(search("Мирзиеев").get("total").asLong());
  }

  @Test
  void aTitleScopeFindsTheWordsInTitlesOnly() throws Exception {
    JsonNode anywhere = search("наводнение");
    JsonNode inTitle = search("title:наводнение");
    assertThat(inTitle.get("total").asLong()).isPositive().isLessThan(anywhere.get("total").asLong());
    assertThat(inTitle.get("hits"))
        .allSatisfy(h -> assertThat(h.get("titleHtml").asText().toLowerCase(Locale.ROOT)).contains("<mark>наводнени"));
    assertThat(inTitle.at("/interpretation/scopes/0/field").asText()).isEqualTo("title");
    JsonNode notInTitle = search("наводнение -title:наводнение");
    assertThat(notInTitle.get("total").asLong()).isPositive()
        .isEqualTo(anywhere.get("total").asLong() - search("наводнение title:наводнение").get("total").asLong());
  }

  @Test
  void aSourceScopeFiltersLikeTheSourceFacet() throws Exception {
    JsonNode all = search("наводнение", "&collapse=false");
    JsonNode facet = all.at("/facets/sources/0");
    String source = facet.get("value").asText();
    assertThat(facet.get("count").asLong()).isLessThan(all.get("total").asLong());
    assertThat(search("наводнение source:" + source.toUpperCase(), "&collapse=false").get("total").asLong())
        .isEqualTo(facet.get("count").asLong());
    assertThat(search("наводнение -source:" + source, "&collapse=false").get("total").asLong())
        .isEqualTo(all.get("total").asLong() - facet.get("count").asLong());
    assertThat(search("source:" + source, "&collapse=false").get("total").asLong())
        .isEqualTo(search("", "&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8) + "&collapse=false")
            .get("total").asLong());
  }

  @Test
  void anEnglishQueryIsTranslatedBesideScopesAndExclusionsAndANameStandsForItsRussianForms() throws Exception {
    long all = search("flood", "&collapse=false").get("total").asLong();
    JsonNode fromOne = search("flood source:example-news.kz", "&collapse=false");
    assertThat(fromOne.get("total").asLong()).isPositive().isLessThan(all);
    assertThat(fromOne.get("hits")).allSatisfy(h -> assertThat(h.get("source").asText()).isEqualTo("example-news.kz"));
    assertThat(fromOne.at("/interpretation/expansions/0/alternatives").toString()).contains("наводнение");

    JsonNode withoutHim = search("flood -Bektenov", "&collapse=false");
    assertThat(withoutHim.at("/interpretation/names/Bektenov").toString()).contains("Бектенов");
    assertThat(withoutHim.get("hits")).isNotEmpty()
        .noneSatisfy(h -> assertThat(h.get("title").asText()).contains("Бектенов"));
    assertThat(withoutHim.get("total").asLong()).isLessThan(all);
    JsonNode russianWithoutHim = search("наводнение -Bektenov", "&collapse=false");
    assertThat(russianWithoutHim.get("hits")).isNotEmpty()
        .noneSatisfy(h -> assertThat(h.get("title").asText()).contains("Бектенов"));

    JsonNode inTitle = search("title:Bektenov");
    assertThat(inTitle.get("total").asLong()).isEqualTo(2);
    assertThat(inTitle.get("hits"))
        .allSatisfy(h -> assertThat(h.get("titleHtml").asText()).contains("<mark>Бектенов</mark>"));
    assertThat(search("title:Bektenov", "&expand=false").get("total").asLong()).as("as written only").isZero();
  }

  @Test
  void aSourceScopeNamingADomainKeepsItsSubdomainsToo() throws Exception {
    long outlet = search("", "&source=example-region.kz&collapse=false").get("total").asLong();
    long subdomain = search("", "&source=news.example-region.kz&collapse=false").get("total").asLong();
    assertThat(outlet).isPositive();
    assertThat(subdomain).isPositive();
    assertThat(search("source:Example-Region.kz", "&collapse=false").get("total").asLong()).isEqualTo(outlet + subdomain);
    assertThat(search("source:news.example-region.kz", "&collapse=false").get("total").asLong()).isEqualTo(subdomain);
    assertThat(search("source:region.kz", "&collapse=false").get("total").asLong()).as("a whole label only").isZero();
    assertThat(search("source:*.kz", "&collapse=false").get("total").asLong()).as("no wildcard of the user's").isZero();
  }

  @Test
  void anExcludedWordRemovesResults() throws Exception {
    JsonNode all = search("наводнение");
    JsonNode without = search("наводнение -Бектенов");
    assertThat(without.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
    assertThat(snippets(without)).noneMatch(s -> s.contains("Бектенов"));
  }

  @Test
  void aPhraseNeedsItsWordsTogether() throws Exception {
    long together = search("\"цифровой форум\"").get("total").asLong();
    long apart = search("цифровой форум").get("total").asLong();
    assertThat(together).isPositive().isLessThanOrEqualTo(apart);
    assertThat(search("\"форум цифровой\"").get("total").asLong()).isLessThan(together);
  }

  @Test
  void markupInArticlesComesBackEscaped() throws Exception {
    JsonNode result = search("строка комментарии");
    assertThat(result.at("/hits/0/titleHtml").asText()).contains("&lt;script&gt;");
    for (JsonNode hit : result.get("hits")) {
      for (String html : List.of(hit.get("titleHtml").asText(), String.join(" ", snippets(result)))) {
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
      }
    }
    assertThat(snippets(search("alert"))).anyMatch(s -> s.contains("&lt;script&gt;"));
  }

  @Test
  void facetCountsEqualTheFilteredSearches() throws Exception {
    JsonNode all = search("");
    JsonNode place = all.at("/facets/places/0");
    long filtered = search("", "&place=" + URLEncoder.encode(place.get("value").asText(), StandardCharsets.UTF_8))
        .get("total").asLong();
    assertThat(filtered).isEqualTo(place.get("count").asLong());
    JsonNode language = all.at("/facets/languages/0");
    assertThat(search("", "&language=" + language.get("value").asText()).get("total").asLong())
        .isEqualTo(language.get("count").asLong());
  }

  @Test
  void theCursorPagesThroughEveryArticleExactlyOnce() throws Exception {
    JsonNode all = search("");
    long total = all.get("total").asLong();
    java.util.Set<String> seen = new java.util.HashSet<>();
    int pages = 0;
    String cursor = null;
    do {
      JsonNode page = JSON.readTree(get("q=&size=4" + (cursor == null ? "" : "&cursor=" + cursor)).body());
      for (JsonNode hit : page.get("hits")) {
        assertThat(seen.add(hit.get("id").asText())).as("seen twice: " + hit.get("id")).isTrue();
      }
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
      pages++;
    } while (cursor != null);
    assertThat(seen).hasSize((int) total);
    assertThat(pages).isGreaterThan(10);
  }

  @Test
  void copiesOfAStoryFoldIntoOneHitUnlessAskedNotTo() throws Exception {
    JsonNode folded = search("Средний коридор Актау контейнерные");
    JsonNode all = search("Средний коридор Актау контейнерные", "&collapse=false");
    assertThat(all.get("hits")).hasSize(2);
    assertThat(folded.get("hits")).hasSize(1);
    assertThat(folded.at("/hits/0/duplicates").asLong()).isEqualTo(1);
  }

  @Test
  void aStoryIsShownAsItsEarliestCopyWhicheverCopyTheWordsFound() throws Exception {
    // Words of the later copy only, then of the first copy only: two ways to the same story.
    for (String words : List.of("зафиксировал январь август Актау", "восемь месяцев прошлого года Актау")) {
      JsonNode hits = search(words).get("hits");
      assertThat(hits).as(words).hasSize(1);
      assertThat(hits.at("/0/source").asText()).as(words).isEqualTo("example-news.kz");
      assertThat(hits.at("/0/duplicates").asLong()).as(words).isEqualTo(1);
    }
  }

  @Test
  void theHistogramAndTheUndatedAddUpToTheTotal() throws Exception {
    JsonNode result = search("наводнение");
    long inBuckets = StreamSupport.stream(result.at("/histogram/buckets").spliterator(), false)
        .mapToLong(b -> b.get("count").asLong()).sum();
    assertThat(inBuckets + result.at("/histogram/undated").asLong()).isEqualTo(result.get("total").asLong());
    assertThat(inBuckets).isPositive();
  }

  @Test
  void anArticleCanBeFetchedWhole() throws Exception {
    String id = search("Цифровой форум ШОС").at("/hits/0/id").asText();
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/api/articles/" + id)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).get("body").asText()).contains("передает example-news.kz");
    HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/api/articles/nope")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void theCsvHasTheRowsTheSearchShows() throws Exception {
    JsonNode shown = search("наводнение");
    HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search.csv?q="
        + URLEncoder.encode("наводнение", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFFid,date,source,title,url,language,people,organizations,places");
    List<String> csvIds = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    List<String> shownIds = StreamSupport.stream(shown.get("hits").spliterator(), false).map(h -> h.get("id").asText())
        .toList();
    assertThat(shownIds).isNotEmpty();
    assertThat(csvIds.subList(0, Math.min(csvIds.size(), shownIds.size()))).isEqualTo(shownIds);
  }

  @Test
  void badParametersAreClear400s() throws Exception {
    for (String bad : List.of("size=1000", "size=abc", "from=2024-13-01", "sort=popular", "page=0", "page=500&size=100",
        "cursor=bm9wZQ", "collapse=maybe")) {
      HttpResponse<String> response = get("q=x&" + bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(response.body()).contains(bad.substring(0, bad.indexOf('='))).doesNotContain("Exception");
    }
    assertThat(get("q=" + "a".repeat(1001)).statusCode()).isEqualTo(400);
    // Java's URI refuses to build this request; a browser or curl sends it as typed.
    try (Socket socket = new Socket("localhost", port)) {
      socket.getOutputStream().write(("GET /api/search?q=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String undecodable = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(undecodable).as("a query string that does not decode").startsWith("HTTP/1.1 400")
          .contains("application/problem+json").doesNotContain("Exception");
    }
  }

  @Test
  void traceIsRefusedNotEchoed() throws Exception {
    for (String path : List.of("/api/search?q=x", "/", "/no-such-page")) {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("X-Echo-Me", "secret").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).as(path).isPresent();
      assertThat(response.body()).as(path).doesNotContain("secret").doesNotContain("TRACE /");
    }
  }

  @Test
  void hostileQueriesNeverFailTheServer() throws Exception {
    Random random = new Random(7);
    String[] parts = {"\"", "(", ")", "[", "]", "{", "}", "*", "~", "?", ":", "\\", "/", "-", "+", "|", "&", "!", "^",
        "<", ">", "ШОС", "Астана", "title:", "OR", "AND", "<script>", "\t", "\u202e", "\u0000", ".*", "(?i)", "a{1,9}",
        " ", "ё", "Z", "9"};
    int failures = 0;
    // A thousand mixes of every operator and odd character, one in a hundred near the length limit.
    for (int i = 0; i < 1000; i++) {
      StringBuilder q = new StringBuilder();
      for (int n = random.nextInt(30) + 1; n > 0; n--) {
        q.append(parts[random.nextInt(parts.length)]);
      }
      String text = i % 100 == 0 ? q.toString().repeat(400).substring(0, 990) : q.toString();
      int status = get("size=1&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).statusCode();
      failures += status >= 500 ? 1 : 0;
    }
    assertThat(failures).isZero();
  }
}
