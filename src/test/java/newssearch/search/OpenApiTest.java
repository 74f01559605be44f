package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, TestCluster.uniqueAlias(OpenApiTest.class));
  }

  @LocalServerPort
  int port;

  @Test
  void theApiDescribesItsEndpoints() {
    String spec = RestClient.create("http://localhost:" + port).get().uri("/v3/api-docs").retrieve().body(String.class);
    assertThat(spec).contains("\"openapi\"", "/api/search", "/api/search.csv", "/api/articles/{id}",
        "/api/admin/articles", "\"q\"", "\"cursor\"", "SCO digital forum Astana 2024");
  }
}
