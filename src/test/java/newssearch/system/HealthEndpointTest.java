package newssearch.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthEndpointTest {

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, TestCluster.uniqueAlias(HealthEndpointTest.class));
  }

  @LocalServerPort
  int port;

  @Autowired
  ElasticsearchConnection connection;

  @Test
  void healthIsUpWithTheClusterDetails() {
    String body = RestClient.create("http://localhost:" + port).get().uri("/actuator/health").retrieve().body(String.class);
    assertThat(body)
        .contains("\"status\":\"UP\"")
        .contains("\"elasticsearch\"")
        .contains("\"clusterName\"")
        .contains("\"url\":\"" + connection.url() + "\"")
        .contains("\"reindexNeeded\":false");
  }

  @Test
  void onlyHealthIsExposed() {
    var response = RestClient.create("http://localhost:" + port).get().uri("/actuator/env")
        .exchange((request, resp) -> resp.getStatusCode().value());
    assertThat(response).isEqualTo(404);
  }
}
