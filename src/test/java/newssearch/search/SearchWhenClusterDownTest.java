package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Port 9 on loopback has no Elasticsearch: every search answers 503 as a problem detail, the English
 * one too, whose first request to the cluster is the index-vocabulary check of its translation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "news.elasticsearch.url=http://127.0.0.1:9")
class SearchWhenClusterDownTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anEnglishQueryAnswers503WhenItsVocabularyCheckCannotReachTheCluster() throws Exception {
    // Names no glossary knows: the translation asks the index which spellings its articles use.
    assertUnavailable(get("/api/search?q=" + URLEncoder.encode("Ryanair Zhaksylykov", StandardCharsets.UTF_8)));
  }

  @Test
  void aRussianQueryAndAnArticleAnswer503Too() throws Exception {
    assertUnavailable(get("/api/search?q=" + URLEncoder.encode("Цифровой форум", StandardCharsets.UTF_8)));
    assertUnavailable(get("/api/articles/abc"));
  }

  private static void assertUnavailable(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("The search cluster cannot be reached")
        .doesNotContain("Exception", "\tat ", "127.0.0.1:9");
  }
}
