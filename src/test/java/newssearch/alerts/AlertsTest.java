package newssearch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import newssearch.ingest.Ingest;
import newssearch.pipeline.read.InputFile;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Saved searches' alerts on a real node: a webhook receiver that fails twice before it takes the
 * alert, and an in-process SMTP server (GreenMail). Checks run every 500 ms with a settle time of
 * 1 s, so a periodic check's window end often falls while a load is being stamped: the load must
 * still reach the receiver as one alert.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "news.admin.api-key=test-key", "news.alerts.check-every=500ms", "news.alerts.settle=1s",
    "news.alerts.max-backoff=1s"})
class AlertsTest {

  private static final String ALIAS = TestCluster.uniqueAlias(AlertsTest.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String SECRET = "the-receivers-secret";
  private static final String TAIL = " Подробности сообщили в пресс-службе ведомства, стороны продолжат переговоры.";

  private static HttpServer receiver;
  private static GreenMail smtp;
  private static final AtomicInteger posts = new AtomicInteger();
  /** The bodies the receiver took (answered 200), with the signature each came with. */
  private static final List<String[]> accepted = new CopyOnWriteArrayList<>();
  private static final List<String> deliveries = new CopyOnWriteArrayList<>();

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) throws IOException {
    TestCluster.serve(registry, ALIAS);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> port);
  }

  @LocalServerPort
  int port;

  @Autowired
  Ingest ingest;

  @Autowired
  AlertChecker alerts;

  @BeforeAll
  static void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      int status = posts.incrementAndGet() <= 2 ? 500 : 200;
      deliveries.add(exchange.getRequestHeaders().getFirst("X-Delivery"));
      if (status == 200) {
        accepted.add(new String[] {new String(body, StandardCharsets.UTF_8),
            exchange.getRequestHeaders().getFirst("X-Signature")});
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterAll
  static void stop() {
    receiver.stop(0);
    smtp.stop();
  }

  private void ingest(String... titles) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (String title : titles) {
      lines.append(JSON.writeValueAsString(Map.of("title", title, "text", title + "." + TAIL,
          "url", "https://example.kz/news/" + Math.abs(title.hashCode())))).append('\n');
    }
    byte[] body = lines.toString().getBytes(StandardCharsets.UTF_8);
    ingest.run(new InputFile("batch.jsonl", body.length, null, () -> new ByteArrayInputStream(body)),
        Files.createTempFile("rejects", ".jsonl"));
  }

  private String save(String json) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/saved-searches"))
        .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
        .header("X-API-Key", "test-key").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).at("/savedSearch/id").asText();
  }

  private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
    Instant start = Instant.now();
    while (!condition.getAsBoolean()) {
      assertThat(Duration.between(start, Instant.now())).as("waited in vain").isLessThan(limit);
      Thread.sleep(100);
    }
  }

  private static List<String> titles(JsonNode alert) {
    List<String> titles = new ArrayList<>();
    alert.get("articles").forEach(a -> titles.add(a.get("title").asText()));
    return titles;
  }

  @Test
  void theWebhookGetsExactlyTheNewMatchesOnceAfterFailingTwiceAndTheMailboxGetsThemToo() throws Exception {
    ingest("Нефть Казахстана: старая новость до сохранения поиска");
    alerts.start();
    String id = save("{\"name\": \"Нефть и санкции\", \"search\": {\"q\": \"нефть санкции\"}, "
        + "\"webhook\": {\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\", "
        + "\"secret\": \"" + SECRET + "\"}, \"email\": [\"analyst@example.kz\"]}");
    Thread.sleep(50);

    ingest("Санкции ударили по экспорту: нефть Казахстана идёт в обход",
        "Урожай зерна в Костанайской области превысил прогноз",
        "КТК и санкции: нефть течёт без перебоев");

    await(Duration.ofSeconds(60), () -> accepted.size() == 1);
    // Further checks find nothing new: the alert is not sent again.
    Thread.sleep(2000);
    assertThat(posts.get()).isEqualTo(3);
    assertThat(accepted).hasSize(1);
    assertThat(deliveries).hasSize(3).containsOnly(deliveries.get(0));

    String body = accepted.get(0)[0];
    assertThat(accepted.get(0)[1]).isEqualTo(WebhookSignature.of(SECRET, body.getBytes(StandardCharsets.UTF_8)));
    JsonNode alert = JSON.readTree(body);
    assertThat(alert.get("savedSearchId").asText()).isEqualTo(id);
    assertThat(alert.get("total").asLong()).isEqualTo(2);
    assertThat(titles(alert)).containsExactlyInAnyOrder("Санкции ударили по экспорту: нефть Казахстана идёт в обход",
        "КТК и санкции: нефть течёт без перебоев");
    assertThat(alert.at("/articles/0/snippets/0").asText()).contains("<mark>");

    await(Duration.ofSeconds(30), () -> smtp.getReceivedMessages().length == 1);
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("analyst@example.kz");
    assertThat(mail.getSubject()).isEqualTo("2 new: Нефть и санкции");
    assertThat((String) mail.getContent()).contains("КТК и санкции: нефть течёт без перебоев", "«нефть»");

    // The next batch brings the next alert, with only what is new.
    ingest("Нефть и новые санкции: рынок ждёт решения ОПЕК+");
    await(Duration.ofSeconds(30), () -> accepted.size() == 2);
    assertThat(titles(JSON.readTree(accepted.get(1)[0]))).containsExactly("Нефть и новые санкции: рынок ждёт решения ОПЕК+");

    // An article with only one of the words is not a match, even when nothing new has both
    // (the search would fall back to ranking them, an alert does not).
    ingest("Новые санкции против банков вступили в силу");
    Thread.sleep(1100); // past news.alerts.settle
    alerts.checkNow();
    assertThat(accepted).hasSize(2);
  }
}
