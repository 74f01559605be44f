import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same queries through {@code GET /api/search} and as the identical Elasticsearch requests sent
 * straight to the cluster, same concurrency, one after the other in one run. Prints p50/p95/p99
 * latency and requests/s for both, and the ratios.
 *
 * <p>"Identical" means every request the service makes for a query, in its order: the search, and
 * where the service does more (no article had every word: the relaxed search; few hits: the
 * spelling suggester and its checks), those too. They are recorded first, one query at a time,
 * from the request trace of a second service instance (Elasticsearch's client logs each request
 * as a {@code curl} line under the {@code tracer} logger at TRACE).
 *
 * <p>With an English queries file, {@code run} also sends those, and then the main (Russian)
 * queries, through the service with cross-lingual expansion off and on, and prints the cost of
 * expansion for each.
 *
 * <p>Usage: {@code record RECORDING_SERVICE_URL TRACE_LOG QUERIES_FILE RECORDED_FILE}, then
 * {@code run SERVICE_URL ES_URL QUERIES_FILE RECORDED_FILE CONCURRENCY REQUESTS [ENGLISH_QUERIES_FILE]}.
 */
public class SearchVsElasticsearch {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TRACED = Pattern.compile("tracer\\s+: curl -iX (\\w+) '[^']*?//[^/]+(/[^']*)'(?: -d '(.*)')?$");

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

  /** One request the service sent to Elasticsearch. */
  record Traced(String method, String path, String body) {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("record")) {
      record(args[1], Path.of(args[2]), queries(args[3]), Path.of(args[4]));
    } else {
      int concurrency = Integer.parseInt(args[5]);
      int requests = Integer.parseInt(args[6]);
      HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(concurrency)).build();
      run(http, args[1], args[2], queries(args[3]), Path.of(args[4]), concurrency, requests);
      if (args.length > 7) {
        compareExpansion(http, "EN", args[1], queries(args[7]), concurrency, requests);
        compareExpansion(http, "RU", args[1], queries(args[3]), concurrency, requests);
      }
    }
    System.exit(0);
  }

  private static List<String> queries(String file) throws Exception {
    return Files.readAllLines(Path.of(file)).stream().filter(q -> !q.isBlank()).toList();
  }

  private static URI searchUri(String service, String q) {
    return URI.create(service + "/api/search?size=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  private static HttpRequest searchRequest(String service, String q, boolean expand) {
    return HttpRequest.newBuilder(URI.create(searchUri(service, q) + "&expand=" + expand)).build();
  }

  /** Sends each query once to the tracing service and keeps, per query, the requests it traced. */
  private static void record(String service, Path traceLog, List<String> queries, Path out) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<List<Traced>> recorded = new ArrayList<>();
    long total = 0;
    for (String q : queries) {
      long before = Files.size(traceLog);
      HttpResponse<Void> response = http.send(HttpRequest.newBuilder(searchUri(service, q)).build(),
          HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the recording service answered " + response.statusCode() + " to " + q);
      }
      List<Traced> requests = new ArrayList<>();
      for (String line : newLines(traceLog, before)) {
        Matcher m = TRACED.matcher(line);
        if (m.find() && !m.group(2).startsWith("/_cluster")) {
          requests.add(new Traced(m.group(1), m.group(2), m.group(3)));
        }
      }
      if (requests.isEmpty()) {
        throw new IllegalStateException("no Elasticsearch request traced for " + q);
      }
      total += requests.size();
      recorded.add(requests);
    }
    JSON.writeValue(out.toFile(), recorded);
    System.err.printf(Locale.ROOT, "recorded %d Elasticsearch requests for %d queries (%.2f per query)%n",
        total, queries.size(), (double) total / queries.size());
  }

  private static List<String> newLines(Path file, long from) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      byte[] bytes = new byte[(int) (f.length() - from)];
      f.seek(from);
      f.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static void run(HttpClient http, String service, String es, List<String> queries, Path recordedFile,
      int concurrency, int requests) throws Exception {
    Traced[][] recorded = JSON.readValue(recordedFile.toFile(), Traced[][].class);
    List<List<HttpRequest>> viaService = new ArrayList<>();
    List<List<HttpRequest>> direct = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      viaService.add(List.of(HttpRequest.newBuilder(searchUri(service, queries.get(i))).build()));
      List<HttpRequest> sequence = new ArrayList<>();
      for (Traced t : recorded[i]) {
        sequence.add(HttpRequest.newBuilder(URI.create(es + t.path()))
            .header("Content-Type", "application/json")
            .method(t.method(), t.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(t.body()))
            .build());
      }
      direct.add(sequence);
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
  }

  /**
   * Queries through the service as written and expanded: English ones translated into their
   * Russian alternatives, Russian ones also carried into English and Kazakh.
   */
  private static void compareExpansion(HttpClient http, String language, String service, List<String> queries,
      int concurrency, int requests) throws Exception {
    List<List<HttpRequest>> asWritten = queries.stream().map(q -> List.of(searchRequest(service, q, false))).toList();
    List<List<HttpRequest>> expanded = queries.stream().map(q -> List.of(searchRequest(service, q, true))).toList();
    run(http, asWritten, concurrency, queries.size());
    run(http, expanded, concurrency, queries.size());
    Run off = run(http, asWritten, concurrency, requests);
    Run on = run(http, expanded, concurrency, requests);
    print(language + " as written", off);
    print(language + " expanded", on);
    System.out.printf(Locale.ROOT, "expansion:     p50 %.2f, p95 %.2f of the same queries as written (goal p50 <= 2)%n",
        on.percentile(50) / off.percentile(50), on.percentile(95) / off.percentile(95));
  }

  private static void print(String name, Run run) {
    System.out.printf(Locale.ROOT, "%-14s %d requests, %d errors: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f requests/s%n",
        name + ":", run.millis().length, run.errors(), run.percentile(50), run.percentile(95), run.percentile(99),
        run.rate());
  }

  /** Sends {@code count} queries from {@code concurrency} clients; a query's requests go one after the other. */
  private static Run run(HttpClient http, List<List<HttpRequest>> queries, int concurrency, int count) throws Exception {
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
            for (HttpRequest request : queries.get(i % queries.size())) {
              if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                errors.incrementAndGet();
              }
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
