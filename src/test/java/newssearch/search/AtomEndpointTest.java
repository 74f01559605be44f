package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import newssearch.ingest.Ingest;
import newssearch.pipeline.IngestProgress;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /api/search.atom} read back with Rome, against {@code /api/search} on the same node. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AtomEndpointTest {

  private static final String ALIAS = TestCluster.uniqueAlias(AtomEndpointTest.class);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, ALIAS);
  }

  @LocalServerPort
  int port;

  @BeforeAll
  static void load(@Autowired Ingest ingest) throws Exception {
    ingest.run(new Ingest.Request(List.of("src/test/resources/news", "samples"), List.of(), null,
        Files.createTempFile("rejects", ".jsonl")), IngestProgress.NONE);
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private SyndFeed feed(String query) throws Exception {
    HttpResponse<String> response = get("/api/search.atom?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/atom+xml"));
    return new SyndFeedInput().build(new StringReader(response.body()));
  }

  private JsonNode search(String query) throws Exception {
    HttpResponse<String> response = get("/api/search?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void theFeedParsesAndItsEntriesAreTheSearchsFirstPageNewestFirst() throws Exception {
    String query = "q=" + URLEncoder.encode("Казахстан", StandardCharsets.UTF_8) + "&size=3";
    SyndFeed feed = feed(query);
    JsonNode page = search(query + "&sort=ingested");

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(page.get("total").asLong()).isGreaterThan(3);
    List<String> ids = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    for (JsonNode hit : page.get("hits")) {
      ids.add("urn:news-search:article:" + hit.get("id").asText());
      titles.add(hit.get("title").asText());
      List<String> snippets = new ArrayList<>();
      hit.get("snippets").forEach(s -> snippets.add(s.asText()));
      summaries.add(String.join(" … ", snippets));
    }
    assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsExactlyElementsOf(ids);
    assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactlyElementsOf(titles);
    assertThat(feed.getEntries()).extracting(e -> e.getDescription().getValue()).containsExactlyElementsOf(summaries);
    assertThat(summaries).allMatch(s -> s.contains("<mark>"));
    assertThat(feed.getEntries()).allSatisfy(e -> {
      assertThat(e.getUpdatedDate()).isNotNull();
      assertThat(e.getLink()).startsWith("http");
      assertThat(e.getSource().getTitle()).isNotBlank();
    });
    for (int i = 1; i < feed.getEntries().size(); i++) {
      assertThat(feed.getEntries().get(i).getUpdatedDate()).isBeforeOrEqualTo(feed.getEntries().get(i - 1).getUpdatedDate());
    }
  }

  @Test
  void aSearchWithFewerHitsThanAPageHasTheSameArticlesInItsFeed() throws Exception {
    String query = "q=" + URLEncoder.encode("Цифровой форум", StandardCharsets.UTF_8) + "&size=50";
    JsonNode relevance = search(query);
    List<String> ids = new ArrayList<>();
    relevance.get("hits").forEach(h -> ids.add("urn:news-search:article:" + h.get("id").asText()));

    assertThat(ids).isNotEmpty().hasSizeLessThan(50);
    assertThat(feed(query).getEntries()).extracting(SyndEntry::getUri).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void aBadParameterIsAProblemNotAFeed() throws Exception {
    HttpResponse<String> response = get("/api/search.atom?size=0");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Exception");
  }
}
