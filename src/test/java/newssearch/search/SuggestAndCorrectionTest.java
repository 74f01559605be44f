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

/** {@code /api/suggest} and the "did you mean" of {@code /api/search}, over articles written for the project. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestAndCorrectionTest {

  private static final String ALIAS = TestCluster.uniqueAlias(SuggestAndCorrectionTest.class);
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
    ingest.run(new Ingest.Request(List.of("src/test/resources/news", "samples"), List.of(), null,
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
  void aPersonIsOfferedFromTheStartOfAnyWordOfTheName() throws Exception {
    assertThat(suggestions("Тока")).anySatisfy(s -> {
      assertThat(s.get("text").asText()).contains("Токаев");
      assertThat(s.get("kind").asText()).isEqualTo("person");
    });
    assertThat(suggestions("тока")).extracting(s -> s.get("text").asText()).anyMatch(t -> t.contains("Токаев"));
  }

  @Test
  void theEntityNamedMostOftenComesFirstThenTitles() throws Exception {
    List<JsonNode> bektenov = suggestions("Бект");
    assertThat(bektenov.get(0).get("text").asText()).contains("Бектенов");
    assertThat(bektenov.get(0).get("kind").asText()).isEqualTo("person");
    assertThat(bektenov).extracting(s -> s.get("kind").asText()).contains("title");
    assertThat(bektenov.stream().map(s -> s.get("kind").asText()).dropWhile(k -> !k.equals("title")))
        .allMatch("title"::equals);
  }

  @Test
  void shortOrHostileTextGivesNoErrorAndLongTextAClear400() throws Exception {
    assertThat(suggestions("Т")).isEmpty();
    for (String typed : List.of("[(*", "\\", ".*", "~~~", "\"", "a|b", "<script>", "Тока\u0000")) {
      assertThat(get("/api/suggest?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)).statusCode())
          .as(typed).isEqualTo(200);
    }
    HttpResponse<String> tooLong = get("/api/suggest?q=" + "а".repeat(101));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("q: at most 100 characters");
    assertThat(get("/api/suggest?q=Бектенов&size=0").statusCode()).isEqualTo(400);
  }

  @Test
  void aMisspeltWordGetsACorrectionThatFindsArticles() throws Exception {
    JsonNode typo = search("Бектинов");
    assertThat(typo.get("didYouMean").asText()).isEqualTo("Бектенов");
    assertThat(search(typo.get("didYouMean").asText()).get("total").asLong()).isGreaterThan(typo.get("total").asLong());
  }

  @Test
  void aQueryThatFindsEnoughGetsNoCorrection() throws Exception {
    assertThat(search("Бектенов").get("didYouMean").isNull()).isTrue();
    assertThat(search("наводнение в области").get("didYouMean").isNull()).isTrue();
  }
}
