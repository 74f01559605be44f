package newssearch.system;

import static org.assertj.core.api.Assertions.assertThat;

import newssearch.index.NewsIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** Health, its liveness and readiness groups, and who sees its details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "news.admin.api-key=" + HealthEndpointTest.ADMIN_KEY)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthEndpointTest {

  static final String ADMIN_KEY = "health-test-admin-key";

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, TestCluster.uniqueAlias(HealthEndpointTest.class));
  }

  @LocalServerPort
  int port;

  @Autowired
  ElasticsearchConnection connection;

  @Autowired
  NewsIndex index;

  @BeforeAll
  void createTheIndex() throws Exception {
    index.ensureExists();
  }

  private String health(String path, String apiKey) {
    return RestClient.create("http://localhost:" + port).get().uri(path)
        .headers(h -> {
          if (apiKey != null) {
            h.set("X-API-Key", apiKey);
          }
        })
        .exchange((request, response) ->
            response.getStatusCode().value() + " " + new String(response.getBody().readAllBytes()));
  }

  @Test
  void theAdminSeesTheClusterAndIndexDetails() {
    assertThat(health("/actuator/health", ADMIN_KEY))
        .startsWith("200")
        .contains("\"status\":\"UP\"")
        .contains("\"elasticsearch\"")
        .contains("\"clusterName\"")
        .containsPattern("\"numberOfDataNodes\":[1-9]")
        .containsPattern("\"unassignedShards\":\\d+")
        .containsPattern("\"unassignedPrimaryShards\":0")
        .contains("\"shards\":1", "\"replicas\":0")
        .contains("\"url\":\"" + connection.url() + "\"")
        .contains("\"reindexNeeded\":false")
        .contains("\"readinessState\"");
  }

  @Test
  void anonymousCallersAndWrongKeysSeeTheStatusOnly() {
    for (String key : new String[] {null, "not-the-key"}) {
      assertThat(health("/actuator/health", key)).as(String.valueOf(key))
          .startsWith("200").contains("\"status\":\"UP\"").doesNotContain("components", "elasticsearch", "url");
    }
  }

  @Test
  void livenessAndReadinessAreGroupsOfTheirOwn() {
    assertThat(health("/actuator/health/liveness", null)).isEqualTo("200 {\"status\":\"UP\"}");
    assertThat(health("/actuator/health/readiness", null)).isEqualTo("200 {\"status\":\"UP\"}");
    assertThat(health("/actuator/health/readiness", ADMIN_KEY)).contains("\"readinessState\"", "\"index\"")
        .doesNotContain("\"elasticsearch\"", "\"livenessState\"");
  }

  @Test
  void onlyHealthIsExposed() {
    var response = RestClient.create("http://localhost:" + port).get().uri("/actuator/env")
        .exchange((request, resp) -> resp.getStatusCode().value());
    assertThat(response).isEqualTo(404);
  }
}
