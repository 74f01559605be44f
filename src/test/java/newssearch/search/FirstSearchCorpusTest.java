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

/**
 * The README's "A first search", over exactly its data: the samples alone, then the samples and the
 * seed page. Ranking depends on the whole index's statistics, so the mission's example is checked
 * over these articles and no others.
 */
@CorpusTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstSearchCorpusTest {

  private static final String ALIAS = TestCluster.uniqueAlias(FirstSearchCorpusTest.class);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MISSION = "SCO digital forum Astana 2024";

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, ALIAS);
  }

  @LocalServerPort
  int port;

  @Autowired
  Ingest ingest;

  @Test
  void theMissionsExampleFindsTheSamplesArticleThenTheSeedsFirst() throws Exception {
    ingest("samples");
    JsonNode overSamples = search(MISSION);
    assertThat(overSamples.at("/hits/0/title").asText())
        .isEqualTo("Министры транспорта стран ШОС обсудили в Астане упрощение автомобильных перевозок");
    assertThat(marked(overSamples)).contains("<mark>ШОС</mark>", "<mark>Астане</mark>");

    ingest(Corpora.path("seed"));
    JsonNode withSeed = search(MISSION);
    assertThat(withSeed.at("/hits/0/title").asText())
        .isEqualTo("Казахстан предлагает свои услуги в качестве Цифрового хаба на пространстве ШОС – Токаев");
    assertThat(marked(withSeed)).contains("<mark>Цифровой</mark>", "<mark>форум</mark>", "<mark>ШОС</mark>",
        "<mark>Астане</mark>", "<mark>2024</mark>");
  }

  private void ingest(String path) throws Exception {
    ingest.run(new Ingest.Request(List.of(path), List.of(), null, Files.createTempFile("rejects", ".jsonl")),
        IngestProgress.NONE);
  }

  private JsonNode search(String q) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/search?size=3&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The first hit's marked title and snippets. */
  private static String marked(JsonNode result) {
    JsonNode first = result.at("/hits/0");
    return first.get("titleHtml").asText() + " " + String.join(" ",
        StreamSupport.stream(first.get("snippets").spliterator(), false).map(JsonNode::asText).toList());
  }
}
