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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /api/suggest} and the "did you mean" of {@code /api/search} over real BSNLP news. */
@CorpusTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestAndCorrectionCorpusTest {

  private static final String ALIAS = TestCluster.uniqueAlias(SuggestAndCorrectionCorpusTest.class);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, ALIAS);
  }

  @LocalServerPort
  int port;

  @Autowired
  Ingest ingest;

  @BeforeAll
  void load() throws Exception {
    ingest.run(new Ingest.Request(List.of(Corpora.path("seed"), Corpora.path("bsnlp-ru/trump")), List.of(), null,
        Files.createTempFile("rejects", ".jsonl")), IngestProgress.NONE);
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(pathAndQuery);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private List<JsonNode> suggestions(String typed) throws Exception {
    JsonNode body = json("/api/suggest?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    return StreamSupport.stream(body.get("suggestions").spliterator(), false).toList();
  }

  private JsonNode search(String q) throws Exception {
    return json("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  @Test
  void theEntityNamedMostOftenComesFirstThenTitles() throws Exception {
    List<JsonNode> trump = suggestions("Трам");
    assertThat(trump.get(0).get("text").asText()).contains("Трамп");
    assertThat(trump).extracting(s -> s.get("kind").asText()).contains("title");
    assertThat(trump.stream().map(s -> s.get("kind").asText()).dropWhile(k -> !k.equals("title")))
        .allMatch("title"::equals);
  }

  @Test
  void aMisspeltWordGetsACorrectionThatFindsArticles() throws Exception {
    JsonNode typo = search("Трамб");
    assertThat(typo.get("didYouMean").asText()).isEqualTo("Трамп");
    assertThat(search(typo.get("didYouMean").asText()).get("total").asLong()).isGreaterThan(typo.get("total").asLong());
  }

  @Test
  void aQueryThatFindsEnoughGetsNoCorrection() throws Exception {
    assertThat(search("Трамп").get("didYouMean").isNull()).isTrue();
    assertThat(search("выборы президента").get("didYouMean").isNull()).isTrue();
  }
}
