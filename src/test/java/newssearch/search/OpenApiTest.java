package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
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

  private JsonNode spec() throws Exception {
    return new ObjectMapper().readTree(
        RestClient.create("http://localhost:" + port).get().uri("/v3/api-docs").retrieve().body(String.class));
  }

  @Test
  void theApiDescribesItsEndpoints() throws Exception {
    String spec = spec().toString();
    assertThat(spec).contains("\"openapi\"", "/api/search", "/api/search.csv", "/api/articles/{id}",
        "/api/admin/articles", "\"q\"", "\"cursor\"", "SCO digital forum Astana 2024");
  }

  @Test
  void adminOperationsDeclareTheApiKeyAndPublicOnesDoNot() throws Exception {
    JsonNode spec = spec();
    JsonNode scheme = spec.at("/components/securitySchemes/adminApiKey");
    assertThat(scheme.path("type").asText()).isEqualTo("apiKey");
    assertThat(scheme.path("in").asText()).isEqualTo("header");
    assertThat(scheme.path("name").asText()).isEqualTo("X-API-Key");
    assertThat(spec.at("/paths/~1api~1admin~1articles/post/security/0").has("adminApiKey")).isTrue();
    assertThat(spec.at("/paths/~1api~1admin~1reindex/post/security/0").has("adminApiKey")).isTrue();
    assertThat(spec.at("/paths/~1api~1admin~1jobs~1{id}/get/security/0").has("adminApiKey")).isTrue();
    assertThat(spec.at("/paths/~1api~1search/get/security").isMissingNode()).isTrue();
  }

  @Test
  void sizeAndPageAreIntegers() throws Exception {
    JsonNode spec = spec();
    for (String path : List.of("/paths/~1api~1search/get/parameters", "/paths/~1api~1search.csv/get/parameters",
        "/paths/~1api~1suggest/get/parameters")) {
      for (JsonNode parameter : spec.at(path)) {
        String name = parameter.path("name").asText();
        if (name.equals("size") || name.equals("page")) {
          assertThat(parameter.at("/schema/type").asText()).as(path + " " + name).isEqualTo("integer");
        }
      }
    }
    assertThat(spec.at("/paths/~1api~1search/get/parameters").findValuesAsText("name")).contains("size", "page");
  }
}
