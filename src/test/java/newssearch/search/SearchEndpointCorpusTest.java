package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.StreamSupport;
import newssearch.corpus.Corpora;
import newssearch.corpus.CorpusTest;
import newssearch.ingest.Ingest;
import newssearch.pipeline.IngestProgress;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /api/search} over the mission's seed page, the samples and real BSNLP news, on a real node. */
@CorpusTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchEndpointCorpusTest {

  private static final String ALIAS = TestCluster.uniqueAlias(SearchEndpointCorpusTest.class);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
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
      ingest.run(new Ingest.Request(List.of(Corpora.path("seed"), "samples", Corpora.path("bsnlp-ru/trump"),
          Corpora.path("bsnlp-ru/us_election_2020")), List.of(), null, Files.createTempFile("rejects", ".jsonl")),
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
    assertThat(result.at("/hits/0/title").asText())
        .isEqualTo("Казахстан предлагает свои услуги в качестве Цифрового хаба на пространстве ШОС – Токаев");
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
      assertThat(search(english).at("/hits/0/title").asText()).as(english).endsWith("на пространстве ШОС – Токаев");
    }
  }

  @Test
  void russianArticlesRankTheSameWhetherARussianQueryIsCarriedOverOrNot() throws Exception {
    for (String russian : List.of("Токаев ШОС", "Трамп выборы", "Казахстан Китай перевозки")) {
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
    JsonNode anywhere = search("Трамп");
    JsonNode inTitle = search("title:Трамп");
    assertThat(inTitle.get("total").asLong()).isPositive().isLessThan(anywhere.get("total").asLong());
    assertThat(inTitle.get("hits")).allSatisfy(h -> assertThat(h.get("titleHtml").asText()).contains("<mark>Трамп"));
    assertThat(inTitle.at("/interpretation/scopes/0/field").asText()).isEqualTo("title");
    JsonNode notInTitle = search("Трамп -title:Трамп");
    assertThat(notInTitle.get("total").asLong())
        .isEqualTo(anywhere.get("total").asLong() - search("Трамп title:Трамп").get("total").asLong());
  }

  @Test
  void aSourceScopeFiltersLikeTheSourceFacet() throws Exception {
    JsonNode all = search("Трамп", "&collapse=false");
    JsonNode facet = all.at("/facets/sources/0");
    String source = facet.get("value").asText();
    assertThat(search("Трамп source:" + source.toUpperCase(), "&collapse=false").get("total").asLong())
        .isEqualTo(facet.get("count").asLong());
    assertThat(search("Трамп -source:" + source, "&collapse=false").get("total").asLong())
        .isEqualTo(all.get("total").asLong() - facet.get("count").asLong());
    assertThat(search("source:" + source, "&collapse=false").get("total").asLong())
        .isEqualTo(search("", "&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8) + "&collapse=false")
            .get("total").asLong());
  }

  @Test
  void anExcludedWordRemovesResults() throws Exception {
    JsonNode all = search("Трамп");
    JsonNode without = search("Трамп -Путин");
    assertThat(all.get("total").asLong()).isPositive();
    assertThat(without.get("total").asLong()).isLessThan(all.get("total").asLong());
    assertThat(snippets(without)).noneMatch(s -> s.contains("Путин"));
  }

  @Test
  void aPhraseNeedsItsWordsTogether() throws Exception {
    long together = search("\"цифровой форум\"").get("total").asLong();
    long apart = search("цифровой форум").get("total").asLong();
    assertThat(together).isPositive().isLessThanOrEqualTo(apart);
    assertThat(search("\"форум цифровой\"").get("total").asLong()).isLessThan(together);
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
      JsonNode page = JSON.readTree(get("q=&size=7" + (cursor == null ? "" : "&cursor=" + cursor)).body());
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
  void theHistogramAndTheUndatedAddUpToTheTotal() throws Exception {
    JsonNode result = search("Трамп");
    long inBuckets = StreamSupport.stream(result.at("/histogram/buckets").spliterator(), false)
        .mapToLong(b -> b.get("count").asLong()).sum();
    assertThat(inBuckets + result.at("/histogram/undated").asLong()).isEqualTo(result.get("total").asLong());
    assertThat(inBuckets).isPositive();
  }

}
