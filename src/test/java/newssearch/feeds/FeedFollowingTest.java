package newssearch.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import newssearch.article.Article;
import newssearch.article.ArticleFields;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Feeds followed from a local HTTP server whose answers change while the test runs: a feed that
 * gains an item, the same feed unchanged (304), an HTML page of article links, and feeds that fail
 * in every way the issue names, all at once on one real node.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "news.admin.api-key=test-key", "news.feeds.timeout=1s", "news.feeds.jitter=0.1", "news.feeds.max-backoff=4s"})
// Closed after the class: its poller would go on fetching from the stopped server for the rest of the run.
@DirtiesContext
class FeedFollowingTest {

  private static final String ALIAS = TestCluster.uniqueAlias(FeedFollowingTest.class);
  private static final Duration INTERVAL = Duration.ofSeconds(3);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String BODY = "Подробный текст новости о сотрудничестве стран региона: министры обсудили "
      + "транспорт, энергетику и торговлю, а также подписали несколько соглашений о совместных проектах.";

  private static HttpServer server;
  private static String base;
  private static volatile String feedItems;
  private static volatile String feedEtag;
  private static final AtomicInteger notModified = new AtomicInteger();
  private static final AtomicInteger brokenRequests = new AtomicInteger();
  private static final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, ALIAS);
  }

  @LocalServerPort
  int port;

  @Autowired
  FeedPoller poller;

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    feedItems = item("first", "Первая новость ленты") + item("second", "Вторая новость ленты");
    feedEtag = "\"v1\"";
    server.createContext("/feed.xml", exchange -> {
      count(exchange);
      if (feedEtag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      exchange.getResponseHeaders().add("ETag", feedEtag);
      send(exchange, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
          + "<title>Local</title>" + feedItems + "</channel></rss>");
    });
    // Answers 500 twice, then a good feed: a broken feed is retried, and what it then has is not lost.
    server.createContext("/broken.xml", exchange -> {
      count(exchange);
      if (brokenRequests.incrementAndGet() <= 2) {
        send(exchange, 500, "text/plain", "oops");
      } else {
        send(exchange, 200, "application/rss+xml", "<rss version=\"2.0\"><channel>"
            + item("recovered", "Новость ленты, которая починилась") + "</channel></rss>");
      }
    });
    server.createContext("/garbage", exchange -> {
      count(exchange);
      send(exchange, 200, "application/octet-stream", "%PDF-1.4 \u0000\u0001\u0002 not a feed at all");
    });
    server.createContext("/loop", exchange -> {
      count(exchange);
      exchange.getResponseHeaders().add("Location", "/loop-back");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/loop-back", exchange -> {
      exchange.getResponseHeaders().add("Location", "/loop");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/slow", exchange -> {
      count(exchange);
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(exchange, 200, "application/rss+xml", "<rss/>");
    });
    server.createContext("/section/", exchange -> {
      count(exchange);
      send(exchange, 200, "text/html", "<html><body><nav><a href=\"/about/team/\">About</a></nav>"
          + "<ul><li><a href=\"/news/2026/copy-of-second\">Копия</a></li><li><a href=\"/news/2026/page-only\">Вторая</a></li>"
          + "<li><a href=\"/logo.png\">logo</a></li></ul></body></html>");
    });
    server.createContext("/news/2026/", exchange -> {
      count(exchange);
      String slug = exchange.getRequestURI().getPath().substring("/news/2026/".length());
      // Another outlet's copy of the feed's second item: the same text at another address.
      String text = slug.equals("copy-of-second") ? "<p>Вторая новость ленты. " + BODY + " " + BODY + "</p>"
          : "<p>" + BODY + "</p><p>" + slug + ": " + BODY + "</p>";
      send(exchange, 200, "text/html", "<html><head><title>Страница " + slug + "</title></head><body><article>"
          + "<h1>Страница " + slug + "</h1>" + text + "</article></body></html>");
    });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  /** The feed's item {@code slug} links to the same address as the index page's link, so both are one article. */
  private static String item(String slug, String title) {
    return "<item><title>" + title + "</title><link>" + base + "/news/2026/" + slug + "</link><guid>" + slug
        + "</guid><description>" + title + ". " + BODY + " " + BODY + "</description></item>";
  }

  private static void count(HttpExchange exchange) {
    requests.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private JsonNode admin(String method, String path, String body) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").header("X-API-Key", "test-key").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return response.body().isEmpty() ? null : JSON.readTree(response.body());
  }

  private void follow(String path) throws Exception {
    admin("POST", "/api/admin/feeds", "{\"url\": \"" + base + path + "\", \"interval\": \"" + INTERVAL.toSeconds() + "s\"}");
  }

  private static JsonNode feed(JsonNode feeds, String path) {
    for (JsonNode f : feeds) {
      if (f.get("url").asText().equals(base + path)) {
        return f;
      }
    }
    throw new AssertionError("no feed " + path + " in " + feeds);
  }

  private static List<Article> articles() throws IOException {
    ElasticsearchClient client = TestCluster.get().client();
    client.indices().refresh(r -> r.index(ALIAS));
    return client.search(s -> s.index(ALIAS).size(100), Article.class).hits().hits().stream()
        .map(h -> h.source()).toList();
  }

  private static Article titled(String title) throws IOException {
    return articles().stream().filter(a -> a.title().equals(title)).findFirst().orElse(null);
  }

  private static Duration await(Duration limit, BooleanSupplier condition) throws InterruptedException {
    Instant start = Instant.now();
    while (!condition.getAsBoolean()) {
      assertThat(Duration.between(start, Instant.now())).as("waited in vain").isLessThan(limit);
      Thread.sleep(100);
    }
    return Duration.between(start, Instant.now());
  }

  private static boolean present(String title) {
    try {
      return titled(title) != null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void followsFeedsAsTheyChangeWhileBrokenFeedsAreReportedAndRetried() throws Exception {
    poller.start();
    for (String path : List.of("/feed.xml", "/section/", "/broken.xml", "/garbage", "/loop", "/slow")) {
      follow(path);
    }

    await(Duration.ofSeconds(30), () -> present("Первая новость ленты") && present("Вторая новость ленты")
        && present("Страница page-only"));
    // The page's copy of the feed's second item is folded into its story as a near-duplicate.
    await(Duration.ofSeconds(30), () -> present("Страница copy-of-second"));
    assertThat(titled("Страница copy-of-second").story()).isEqualTo(titled("Вторая новость ленты").story());
    Instant firstStoredAt = titled("Первая новость ленты").ingestedAt();

    // A new item: indexed within one interval (plus the jitter and the load itself).
    feedItems = item("third", "Третья новость ленты") + feedItems;
    feedEtag = "\"v2\"";
    Duration took = await(INTERVAL.multipliedBy(11).dividedBy(10).plusSeconds(3), () -> present("Третья новость ленты"));
    System.out.println("A new item was searchable " + took.toMillis() + " ms after the feed changed (interval "
        + INTERVAL.toMillis() + " ms)");

    // Unchanged since: answered 304 at the next fetches, and nothing is written again.
    Instant storedAt = titled("Третья новость ленты").ingestedAt();
    int before = notModified.get();
    // Two more fetches: two intervals and their jitter, and the slack of a loaded machine (a
    // build beside this one once took it past three intervals).
    await(INTERVAL.multipliedBy(3).plusSeconds(3), () -> notModified.get() >= before + 2);
    assertThat(titled("Третья новость ленты").ingestedAt()).isEqualTo(storedAt);
    // The items the feed had already were read again with the new one, and left as they were.
    assertThat(titled("Первая новость ленты").ingestedAt()).isEqualTo(firstStoredAt);
    assertThat(articles()).filteredOn(a -> a.title().equals("Первая новость ленты")).hasSize(1);

    // Every broken feed is reported and tried again; the one that mends delivers its article.
    await(Duration.ofSeconds(30), () -> present("Новость ленты, которая починилась"));
    await(Duration.ofSeconds(30), () -> requests.getOrDefault("/garbage", new AtomicInteger()).get() >= 2
        && requests.getOrDefault("/loop", new AtomicInteger()).get() >= 2
        && requests.getOrDefault("/slow", new AtomicInteger()).get() >= 2);
    JsonNode feeds = admin("GET", "/api/admin/feeds", null);
    assertThat(feed(feeds, "/garbage").get("lastError").asText()).contains("neither an RSS or Atom feed");
    assertThat(feed(feeds, "/loop").get("lastError").asText()).contains("redirect loop");
    assertThat(feed(feeds, "/slow").get("lastError").asText()).contains("no answer within 1 s");
    assertThat(feed(feeds, "/garbage").get("failures").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(feed(feeds, "/broken.xml").get("totalNew").asLong()).isEqualTo(1);
    assertThat(feed(feeds, "/broken.xml").get("lastError").isNull()).isTrue();
    JsonNode good = feed(feeds, "/feed.xml");
    assertThat(good.get("totalNew").asLong()).isEqualTo(3);
    assertThat(feed(feeds, "/section/").get("totalNew").asLong()).isEqualTo(2);
    assertThat(good.get("lastOutcome").asText()).isEqualTo("unchanged");
    assertThat(Instant.parse(good.get("nextAttemptAt").asText())).isAfter(Instant.parse(good.get("lastFetchAt").asText()));

    // The state is in the cluster, for the next start and for status.
    assertThat(feedStore.all()).filteredOn(f -> f.url().equals(base + "/feed.xml"))
        .singleElement().satisfies(f -> assertThat(f.etag()).isEqualTo("\"v2\""));

    admin("DELETE", "/api/admin/feeds/" + feed(feeds, "/garbage").get("id").asText(), null);
    assertThat(admin("GET", "/api/admin/feeds", null).toString()).doesNotContain(base + "/garbage");
  }

  @Autowired
  FeedStore feedStore;
}
