package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import newssearch.index.NewsIndex;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Until a search can be answered (the application started, an index behind the alias) searches and
 * pages answer 503 with {@code Retry-After}, and readiness says OUT_OF_SERVICE; then 200. The
 * alias of this class has no index until a test creates it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchReadinessTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, TestCluster.uniqueAlias(SearchReadinessTest.class));
  }

  @LocalServerPort
  int port;

  @Autowired
  NewsIndex index;

  @Autowired
  ApplicationContext context;

  private HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", accept).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void assertStarting(HttpResponse<String> response, String contentType) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(contentType));
    assertThat(response.body()).contains("starting").doesNotContain("Exception");
  }

  @Test
  @Order(1)
  void beforeTheIndexExistsSearchesAnswer503WithRetryAfter() throws Exception {
    assertStarting(get("/api/search?q=%D0%A8%D0%9E%D0%A1", "application/json"), "application/problem+json");
    assertStarting(get("/api/suggest?q=%D0%A2%D0%BE%D0%BA%D0%B0", "application/json"), "application/problem+json");
    assertStarting(get("/?q=%D0%A8%D0%9E%D0%A1", "text/html"), "text/html");
    HttpResponse<String> readiness = get("/actuator/health/readiness", "application/json");
    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat(readiness.body()).contains("OUT_OF_SERVICE");
    assertThat(get("/actuator/health", "application/json").statusCode()).isEqualTo(503);
    assertThat(get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void onceTheIndexExistsSearchesAnswer200() throws Exception {
    index.ensureExists();

    HttpResponse<String> search = get("/api/search?q=%D0%A8%D0%9E%D0%A1", "application/json");
    assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
    assertThat(search.headers().firstValue("Retry-After")).isEmpty();
    assertThat(get("/?q=%D0%A8%D0%9E%D0%A1", "text/html").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void whileTheApplicationRefusesTrafficSearchesAnswer503AndLivenessStaysUp() throws Exception {
    index.ensureExists();
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      assertStarting(get("/api/search?q=%D0%A8%D0%9E%D0%A1", "application/json"), "application/problem+json");
      assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(503);
      assertThat(get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(get("/api/search?q=%D0%A8%D0%9E%D0%A1", "application/json").statusCode()).isEqualTo(200);
  }
}
