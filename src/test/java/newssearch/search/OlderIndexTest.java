package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newssearch.article.ArticleFields;
import newssearch.ingest.Ingest;
import newssearch.pipeline.IngestProgress;
import newssearch.pipeline.IngestReport;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A live index built before the spelling field and the mark of a story's first copy existed (until
 * it is reindexed) still takes every article and answers every search; only "did you mean" is
 * missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OlderIndexTest {

  private static final String ALIAS = TestCluster.uniqueAlias(OlderIndexTest.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) throws Exception {
    TestCluster.serve(registry, ALIAS);
    Path older = Files.createTempFile("news-without-spelling", ".json");
    Files.writeString(older, JSON.writeValueAsString(withoutSpelling()));
    registry.add("news.index.mappings", older::toString);
  }

  /** Today's index definition without the spelling field, the copies into it and the mark of a first copy. */
  private static JsonNode withoutSpelling() throws Exception {
    JsonNode definition = JSON.readTree(Path.of("index-mappings/news.json").toFile());
    ObjectNode properties = (ObjectNode) definition.path("mappings").path("properties");
    properties.remove(ArticleFields.SPELLING);
    properties.remove(ArticleFields.HAS_COPIES);
    properties.forEach(field -> ((ObjectNode) field).remove("copy_to"));
    return definition;
  }

  @LocalServerPort
  int port;

  @Autowired
  Ingest ingest;

  private IngestReport loaded;

  @BeforeAll
  void load() throws Exception {
    loaded = ingest.run(new Ingest.Request(List.of("src/test/resources/news/digital-forum.txt", "samples"), List.of(),
        null, Files.createTempFile("rejects", ".jsonl")), IngestProgress.NONE);
  }

  @Test
  void aStoryAndItsCopyAreTakenThoughTheFirstCannotBeMarked() {
    assertThat(loaded.completed()).as(loaded.failure()).isTrue();
    assertThat(loaded.counts().rejected()).isZero();
    assertThat(loaded.counts().duplicates()).isPositive();
  }

  @Test
  void aMisspeltQueryIsAnsweredWithoutACorrection() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://localhost:" + port + "/api/search?q=" + URLEncoder.encode("цифравой форумм", StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("didYouMean").isMissingNode() || body.path("didYouMean").isNull()).isTrue();
    assertThat(body.get("interpretation").get("relaxed").asBoolean()).isTrue();
  }
}
