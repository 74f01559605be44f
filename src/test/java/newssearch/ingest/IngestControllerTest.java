package newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "news.admin.api-key=s3cret-key")
class IngestControllerTest {

  private static final String NDJSON = """
      {"url": "https://example-news.kz/politics/7001", "title": "Мажилис одобрил бюджет", "text": "Депутаты одобрили проект республиканского бюджета на три года."}
      {"url": "https://example-news.kz/politics/7002", "title": "Без текста"}
      {"broken
      """;

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, TestCluster.uniqueAlias(IngestControllerTest.class));
  }

  @LocalServerPort
  int port;

  private String post(String key) {
    // The JDK's client sends the whole body before it reads the answer. Jetty's (RestClient's default
    // when it is on the classpath) aborts a body still streaming when a 401 with a challenge comes
    // first, and a busy machine makes that a race.
    RestClient.RequestBodySpec request = RestClient.builder().baseUrl("http://localhost:" + port)
        .requestFactory(new JdkClientHttpRequestFactory()).build().post().uri("/api/admin/articles")
        .header("Content-Type", "application/x-ndjson");
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return request.body(NDJSON).exchange((req, resp) -> resp.getStatusCode().value() + " "
        + new String(resp.getBody().readAllBytes()) + " " + resp.getHeaders().getFirst("WWW-Authenticate"));
  }

  @Test
  void withoutTheKeyNothingIsWritten() {
    // HTTP asks a 401 to say how to authenticate; the challenge names the header.
    assertThat(post(null)).startsWith("401").contains("X-API-Key").doesNotContain("Exception")
        .endsWith("ApiKey realm=\"news-search admin\", header=\"X-API-Key\"");
    assertThat(post("wrong")).startsWith("401");
  }

  @Test
  void withTheKeyArticlesGoThroughTheIngestPipeline() {
    String result = post("s3cret-key");
    assertThat(result).startsWith("200")
        .contains("\"read\":2", "\"indexed\":1", "\"rejected\":2")
        .contains("\"line\":2,\"reason\":\"empty text\"")
        .contains("\"line\":3,\"reason\":\"malformed JSON");
  }
}
