import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import newssearch.search.QueryBuilder;
import newssearch.search.Recency;
import newssearch.search.SearchQuery;

/**
 * The same queries through {@code GET /api/search} and as the identical request bodies (made by the
 * service's own QueryBuilder) sent straight to Elasticsearch, same concurrency, one after the other
 * in one run. Prints p50/p95/p99 latency and requests/s for both, and the ratios.
 * Usage: SearchVsElasticsearch SERVICE_URL ES_URL ALIAS QUERIES_FILE CONCURRENCY REQUESTS
 */
public class SearchVsElasticsearch {

  record Run(double[] millis, double seconds, int errors) {
    double percentile(double p) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    double rate() {
      return millis.length / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    String service = args[0];
    String es = args[1];
    String alias = args[2];
    List<String> queries = Files.readAllLines(Path.of(args[3])).stream().filter(q -> !q.isBlank()).toList();
    int concurrency = Integer.parseInt(args[4]);
    int requests = Integer.parseInt(args[5]);
    HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(concurrency)).build();
    JacksonJsonpMapper mapper = new JacksonJsonpMapper();

    List<HttpRequest> viaService = new ArrayList<>();
    List<HttpRequest> direct = new ArrayList<>();
    for (String q : queries) {
      viaService.add(HttpRequest.newBuilder(URI.create(service + "/api/search?size=10&q="
          + URLEncoder.encode(q, StandardCharsets.UTF_8))).build());
      SearchQuery query = new SearchQuery(q, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
          SearchQuery.Sort.RELEVANCE, 10, 1, null, true, true);
      // The recency boost the service runs with by default (application.yml, news.search.*).
      String body = JsonpUtils.toJsonString(
          QueryBuilder.build(alias, query, new Recency(2, Duration.ofDays(30)), false, List.of()), mapper);
      direct.add(HttpRequest.newBuilder(URI.create(es + "/" + alias + "/_search"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
    run(http, viaService, concurrency, queries.size()); // warm both paths and the caches alike
    run(http, direct, concurrency, queries.size());
    Run elastic = run(http, direct, concurrency, requests);
    Run ours = run(http, viaService, concurrency, requests);
    print("elasticsearch", elastic);
    print("news-search", ours);
    System.out.printf(Locale.ROOT, "ratios:        p50 %.2f, p95 %.2f, p99 %.2f (goal p50 <= 1.2); throughput %.2f (goal >= 0.85)%n",
        ours.percentile(50) / elastic.percentile(50), ours.percentile(95) / elastic.percentile(95),
        ours.percentile(99) / elastic.percentile(99), ours.rate() / elastic.rate());
    System.exit(0);
  }

  private static void print(String name, Run run) {
    System.out.printf(Locale.ROOT, "%-14s %d requests, %d errors: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f requests/s%n",
        name + ":", run.millis().length, run.errors(), run.percentile(50), run.percentile(95), run.percentile(99),
        run.rate());
  }

  private static Run run(HttpClient http, List<HttpRequest> requests, int concurrency, int count) throws Exception {
    double[] millis = new double[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      done.add(workers.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < count; ) {
          long t = System.nanoTime();
          try {
            HttpResponse<Void> response = http.send(requests.get(i % requests.size()), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    workers.shutdown();
    return new Run(millis, (System.nanoTime() - start) / 1e9, errors.get());
  }
}
