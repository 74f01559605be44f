package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newssearch.index.NewsIndex;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Searches take turns on a real node: two at once, one more waiting; beyond that 503 with
 * {@code Retry-After}, once the refusal's pause is over, while health, the admin API and the uncounted paths answer. The
 * test holds turns itself (as two long searches would) so that "saturated" is a state, not a race.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "news.search.max-concurrent=2", "news.search.queue=1", "news.search.max-wait=1h",
    "news.search.refusal-delay=" + SearchLimitTest.REFUSAL_DELAY_MILLIS + "ms",
    "news.admin.api-key=" + SearchLimitTest.ADMIN_KEY})
class SearchLimitTest {

  static final String ADMIN_KEY = "limit-test-key";
  static final int REFUSAL_DELAY_MILLIS = 300;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /** «ШОС», URL-encoded. */
  private static final String SEARCH = "/api/search?q=%D0%A8%D0%9E%D0%A1";

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, TestCluster.uniqueAlias(SearchLimitTest.class));
  }

  @LocalServerPort
  int port;

  @Autowired
  SearchAdmission admission;

  @Autowired
  NewsIndex index;

  private int held;

  @BeforeEach
  void createTheIndex() throws Exception {
    index.ensureExists();
  }

  @AfterEach
  void giveBackHeldTurns() {
    for (; held > 0; held--) {
      admission.release();
    }
  }

  private void holdTurn() {
    assertThat(admission.tryAdmit()).isEqualTo(SearchLimiter.Turn.TAKEN);
    held++;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(2));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void beyondTheTurnsAndTheQueueASearchIsTurnedAwayAtOnceWith503AndRetryAfter() throws Exception {
    SearchLimiter limiter = admission.limiter();
    assertThat(limiter.maxConcurrent()).isEqualTo(2);
    holdTurn();
    holdTurn();
    CompletableFuture<HttpResponse<String>> queued = HTTP.sendAsync(request(SEARCH).build(),
        HttpResponse.BodyHandlers.ofString());
    SearchLimiterTest.awaitWaiting(limiter, 1);

    long started = System.nanoTime();
    HttpResponse<String> refused = get(SEARCH);
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("Too many searches at once").doesNotContain("Exception");
    JsonNode problem = new ObjectMapper().readTree(refused.body());
    assertThat(problem.path("status").asInt()).isEqualTo(503);
    assertThat(problem.path("title").asText()).isEqualTo("Service Unavailable");
    assertThat(problem.path("instance").asText()).isEqualTo("/api/search");
    assertThat(refused.headers().firstValue("X-Content-Type-Options")).as("the security headers").hasValue("nosniff");
    // The queued search waits up to an hour: this one was not queued, it was answered after the
    // refusal's pause, not before it.
    assertThat(tookMillis).isBetween((long) REFUSAL_DELAY_MILLIS, 2_000L);
    HttpResponse<String> page = HTTP.send(request("/?q=%D0%A8%D0%9E%D0%A1").header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("Too many people are searching right now").doesNotContain("cannot be reached");
    assertThat(get("/api/search.atom?q=%D0%A8%D0%9E%D0%A1").statusCode()).isEqualTo(503);
    assertThat(queued).isNotDone();

    admission.release();
    held--;
    assertThat(queued.get(1, TimeUnit.MINUTES).statusCode()).as("the queued search, once a turn is free").isEqualTo(200);
  }

  @Test
  void healthTheAdminApiAndUncountedPathsAnswerWhileSearchesSaturate() throws Exception {
    SearchLimiter limiter = admission.limiter();
    holdTurn();
    holdTurn();
    CompletableFuture<HttpResponse<String>> queued = HTTP.sendAsync(request(SEARCH).build(),
        HttpResponse.BodyHandlers.ofString());
    SearchLimiterTest.awaitWaiting(limiter, 1);
    assertThat(get(SEARCH).statusCode()).as("saturated").isEqualTo(503);

    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    HttpResponse<String> ingested = HTTP.send(request("/api/admin/articles").header("X-API-Key", ADMIN_KEY)
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Саммит ШОС\", \"body\": \"Саммит ШОС прошёл в Астане.\","
            + " \"url\": \"https://example.kz/limit-test\", \"source\": \"example.kz\"}\n")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(200);
    assertThat(ingested.body()).contains("\"indexed\":1");
    assertThat(get("/api/admin/feeds").statusCode()).isEqualTo(401);
    assertThat(get("/api/suggest?q=%D0%A8%D0%9E").statusCode()).isEqualTo(200);
    assertThat(get("/api/articles/no-such-article").statusCode()).isEqualTo(404);
    HttpResponse<String> options = HTTP.send(request(SEARCH).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(options.statusCode()).as("another method on a search's path is not a search").isEqualTo(200);
    assertThat(limiter.running()).as("none of them took a turn").isEqualTo(2);

    giveBackHeldTurns();
    assertThat(queued.get(1, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
  }

  @Test
  void everySearchGivesItsTurnBackAnsweredOrFailed() throws Exception {
    SearchLimiter limiter = admission.limiter();
    for (int i = 0; i < 5; i++) {
      assertThat(get(SEARCH).statusCode()).isEqualTo(200);
      assertThat(get(SEARCH + "&size=0").statusCode()).isEqualTo(400);
      assertThat(get("/?q=%D0%A8%D0%9E%D0%A1&page=x").statusCode()).isEqualTo(400);
    }
    assertThat(limiter.running()).isZero();
    assertThat(limiter.waiting()).isZero();
  }
}
