package newssearch.ingest;

import newssearch.pipeline.IngestProgress;
import newssearch.pipeline.IngestProperties;
import newssearch.pipeline.IngestReport;
import newssearch.pipeline.Pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newssearch.enrich.EntityMatcher;
import newssearch.enrich.Gazetteer;
import newssearch.index.IndexProperties;
import newssearch.index.NewsIndex;
import newssearch.system.ElasticsearchConnection;
import newssearch.system.ElasticsearchProperties;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk request that fails as a whole (here: the first one answers 503) is sent again, and nothing is lost. */
class BulkWriterRetryTest {

  @TempDir
  Path dir;

  @Test
  void aFailedBulkRequestIsRetriedAndTheLoadCompletes() throws Exception {
    AtomicInteger bulkRequests = new AtomicInteger();
    HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    HttpClient upstream = HttpClient.newHttpClient();
    proxy.createContext("/", exchange -> {
      if (exchange.getRequestURI().getPath().endsWith("/_bulk") && bulkRequests.incrementAndGet() == 1) {
        reply(exchange, 503, "{\"error\":\"node restarting\"}");
      } else {
        forward(exchange, upstream);
      }
    });
    proxy.start();
    String alias = TestCluster.uniqueAlias(BulkWriterRetryTest.class);
    try (ElasticsearchConnection flaky = ElasticsearchConnection.open(
        new ElasticsearchProperties("http://127.0.0.1:" + proxy.getAddress().getPort(), null, null, null, null), null)) {
      NewsIndex index = new NewsIndex(flaky.client(), new IndexProperties(alias, "classpath:index-mappings/news.json"));
      IngestProperties settings = new IngestProperties(2, 8, 1, 2, 20, 40_000);
      Pipeline pipeline = new Pipeline(flaky.client(), settings, new EntityMatcher(Gazetteer.load()));
      Ingest ingest = new Ingest(flaky.client(), index, pipeline, settings,
          new KnownStories(flaky.client(), index, pipeline, settings));
      IngestReport report = ingest.run(new Ingest.Request(List.of("samples/articles.jsonl"), List.of(), null,
          dir.resolve("rejects.jsonl")), IngestProgress.NONE);

      assertThat(report.completed()).isTrue();
      assertThat(report.counts().indexed()).isEqualTo(16);
      assertThat(bulkRequests.get()).isGreaterThan(8);
      assertThat(TestCluster.get().client().count(c -> c.index(alias)).count()).isEqualTo(16);
    } finally {
      proxy.stop(0);
    }
  }

  private static void forward(HttpExchange exchange, HttpClient upstream) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    URI target = URI.create(TestCluster.get().url() + exchange.getRequestURI());
    HttpRequest.Builder request = HttpRequest.newBuilder(target)
        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    for (String header : List.of("Content-Type", "Accept")) {
      String value = exchange.getRequestHeaders().getFirst(header);
      if (value != null) {
        request.header(header, value);
      }
    }
    try {
      HttpResponse<byte[]> response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
      exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
      exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply(exchange, 502, "{}");
    }
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
