package newssearch.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** Port 9 on loopback has no Elasticsearch: the service still starts, and says it is down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "news.elasticsearch.url=http://127.0.0.1:9")
class HealthWhenClusterDownTest {

  @LocalServerPort
  int port;

  @Test
  void healthIsDownWith503AndNoStackTrace() {
    var result = RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
        .exchange((request, resp) -> resp.getStatusCode().value() + " " + new String(resp.getBody().readAllBytes()));
    assertThat(result).startsWith("503").contains("\"status\":\"DOWN\"").doesNotContain("Exception\n\tat ");
  }
}
