package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import newssearch.system.SilentServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A cluster that takes requests and never answers: each search is sent with its {@code timeout},
 * given up on when that is long past, and answered 504 as a problem or as the page, never left hanging.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "news.elasticsearch.search-timeout=1s", "news.elasticsearch.socket-timeout=2s"})
class SearchWhenClusterSilentTest {

  private static final SilentServer CLUSTER = SilentServer.start();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /** «Цифровой форум», URL-encoded: a Russian query, whose first request to the cluster is the search itself. */
  private static final String QUERY = "q=%D0%A6%D0%B8%D1%84%D1%80%D0%BE%D0%B2%D0%BE%D0%B9+%D1%84%D0%BE%D1%80%D1%83%D0%BC";

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    registry.add("news.elasticsearch.url", CLUSTER::url);
  }

  @AfterAll
  static void stop() throws Exception {
    CLUSTER.close();
  }

  @LocalServerPort
  int port;

  private HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
    // Far longer than the service may take: a hung service fails here instead of hanging the build.
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
        .header("Accept", accept).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSearchTheClusterDoesNotAnswerIsA504Problem() throws Exception {
    HttpResponse<String> response = get("/api/search?" + QUERY, "application/json");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(504);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("did not answer in time").doesNotContain("Exception", "127.0.0.1");
    assertThat(CLUSTER.requestLines()).anySatisfy(line -> assertThat(line).contains("/_search").contains("timeout=1000ms"));
  }

  @Test
  void theSearchPageSaysSoToo() throws Exception {
    HttpResponse<String> page = get("/?" + QUERY, "text/html");

    assertThat(page.statusCode()).isEqualTo(504);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("The search cluster did not answer in time");
  }
}
