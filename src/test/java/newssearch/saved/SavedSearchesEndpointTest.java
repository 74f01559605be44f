package newssearch.saved;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import newssearch.ingest.Ingest;
import newssearch.pipeline.read.InputFile;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /api/saved-searches} on a real node: saved with the key, listed by anyone, counted since a time, fed as Atom. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "news.admin.api-key=test-key")
class SavedSearchesEndpointTest {

  private static final String ALIAS = TestCluster.uniqueAlias(SavedSearchesEndpointTest.class);
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

  private HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void ingest(String... titles) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (String title : titles) {
      lines.append(JSON.writeValueAsString(java.util.Map.of("title", title, "text",
          title + ". Подробности о переговорах и соглашениях сторон будут опубликованы позднее."))).append('\n');
    }
    byte[] body = lines.toString().getBytes(StandardCharsets.UTF_8);
    ingest.run(new InputFile("test.jsonl", body.length, null, () -> new ByteArrayInputStream(body)),
        Files.createTempFile("rejects", ".jsonl"));
  }

  @Test
  void savingNeedsTheKeyListingDoesNotAndSecretsAreNeverListed() throws Exception {
    String body = "{\"name\": \"Нефть\", \"search\": {\"q\": \"нефть\"}, \"webhook\": {\"url\": \"http://localhost:9/x\"}}";
    assertThat(send("POST", "/api/saved-searches", body, null).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/api/saved-searches", body, "wrong").statusCode()).isEqualTo(401);

    HttpResponse<String> created = send("POST", "/api/saved-searches", body, "test-key");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(created.body());
    String id = answer.at("/savedSearch/id").asText();
    assertThat(answer.get("webhookSecret").asText()).hasSizeGreaterThanOrEqualTo(32);

    HttpResponse<String> listed = send("GET", "/api/saved-searches", null, null);
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains(id, "Нефть").doesNotContain(answer.get("webhookSecret").asText(), "localhost:9");

    assertThat(send("DELETE", "/api/saved-searches/" + id, null, null).statusCode()).isEqualTo(401);
    assertThat(send("DELETE", "/api/saved-searches/" + id, null, "test-key").statusCode()).isEqualTo(204);
    assertThat(send("GET", "/api/saved-searches/" + id, null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void aBadSearchIsRefusedAsTheSearchEndpointRefusesIt() throws Exception {
    HttpResponse<String> refused = send("POST", "/api/saved-searches",
        "{\"name\": \"x\", \"search\": {\"q\": \"a\", \"from\": \"yesterday\"}}", "test-key");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("from");
  }

  @Test
  void countsWhatItFindsSinceTheTimeInTheUrlAndFeedsItNewestFirst() throws Exception {
    ingest("Казахская нефть идёт в Китай по новому маршруту");
    Thread.sleep(20);
    Instant since = Instant.now();
    Thread.sleep(20);
    ingest("Санкции и казахская нефть: КТК работает в обычном режиме", "Уборка урожая в Костанайской области");

    HttpResponse<String> created = send("POST", "/api/saved-searches",
        "{\"name\": \"Казахская нефть\", \"search\": {\"q\": \"казахская нефть\"}}", "test-key");
    String id = JSON.readTree(created.body()).at("/savedSearch/id").asText();

    JsonNode one = JSON.readTree(send("GET", "/api/saved-searches/" + id + "?since=" + since, null, null).body());
    assertThat(one.get("newSince").asLong()).isEqualTo(1);
    JsonNode all = JSON.readTree(send("GET", "/api/saved-searches?since=2000-01-01", null, null).body());
    assertThat(all.findValues("newSince")).anySatisfy(n -> assertThat(n.asLong()).isEqualTo(2));

    HttpResponse<String> atom = send("GET", "/api/saved-searches/" + id + "/feed.atom", null, null);
    assertThat(atom.statusCode()).isEqualTo(200);
    SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
    assertThat(feed.getTitle()).isEqualTo("Казахская нефть");
    assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly(
        "Санкции и казахская нефть: КТК работает в обычном режиме", "Казахская нефть идёт в Китай по новому маршруту");
  }

  @Test
  void thePageSavesTheSearchItCameFromWithTheKeyAndCountsWhatIsNewSinceTheDateInItsUrl() throws Exception {
    ingest("Зерно нового урожая уходит на экспорт");
    HttpResponse<String> form = send("GET", "/saved?q=%D0%B7%D0%B5%D1%80%D0%BD%D0%BE&language=ru", null, null);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("name=\"key\"", "type=\"password\"", "name=\"language\" value=\"ru\"");

    HttpResponse<String> refused = post("/saved", "name=Grain&key=wrong&q=%D0%B7%D0%B5%D1%80%D0%BD%D0%BE");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("admin key is wrong");
    HttpResponse<String> saved = post("/saved", "name=Grain&key=test-key&q=%D0%B7%D0%B5%D1%80%D0%BD%D0%BE&language=ru");
    assertThat(saved.statusCode()).isEqualTo(302);

    HttpResponse<String> list = send("GET", "/saved?since=2000-01-01", null, null);
    assertThat(list.body()).contains("Grain", "/?q=%D0%B7%D0%B5%D1%80%D0%BD%D0%BE&amp;language=ru", "feed.atom",
        "since 2000-01-01");
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
  }
}
