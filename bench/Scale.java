import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The scale benchmark's two pieces (bench/scale.sh runs them).
 *
 * <p>{@code generate N DATA_DIR OUT}: N articles as JSON lines, made by recombining the real
 * sentences and titles of the RT/NG corpus (seeded, so every run writes the same): a title, a lede
 * (the body's first sentence), a body of 3 to 32 sentences (2.2 KB on average, about the mean of the
 * RT/NG and Telegram articles together), a date spread over 2018-2026, one of 200 sources.
 * Names, places and organisations are those the real sentences hold.
 *
 * <p>{@code search SERVICE_URL ES_URL INDEX QUERIES CLIENTS REQUESTS}: the same queries through
 * {@code GET /api/search} and as the query a user would otherwise write against the same index
 * ({@code simple_query_string} over title, lede and body, every word required, unified highlight of
 * the body 3 x 200, one terms facet), same clients, one after the other, each after three
 * unmeasured passes over the queries; prints p50/p95 and searches/s of both and the ratios.
 * Given the process ids of the node and of the service ({@code NODE_PID SERVICE_PID}), also the CPU
 * each spent per measured search: on two cores shared by all, a steadier figure than the times.
 */
public class Scale {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARM_UP_PASSES = 3;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" -> generate(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
      case "search" -> search(args[1], args[2], args[3], Files.readAllLines(Path.of(args[4])), Integer.parseInt(args[5]),
          Integer.parseInt(args[6]), args.length > 8 ? List.of(Long.parseLong(args[7]), Long.parseLong(args[8])) : List.of());
      default -> throw new IllegalArgumentException("generate or search, not " + args[0]);
    }
  }

  private static void generate(int n, Path data, Path out) throws Exception {
    List<String> sentences = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (String file : List.of("rt-ng/russia_today.jsonl.gz", "rt-ng/ng.jsonl.gz")) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(data.resolve(file))), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          var article = JSON.readTree(line);
          titles.add(article.path("title").asText());
          for (String s : article.path("content").asText().split("(?<=[.!?])\\s+")) {
            if (s.length() > 40 && s.length() < 400) {
              sentences.add(s.strip());
            }
          }
        }
      }
    }
    Random random = new Random(42);
    long firstDay = LocalDate.of(2018, 1, 1).toEpochDay();
    long days = LocalDate.of(2026, 11, 1).toEpochDay() - firstDay;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        StringBuilder body = new StringBuilder();
        int count = 3 + random.nextInt(30);
        String lede = sentences.get(random.nextInt(sentences.size()));
        body.append(lede);
        for (int s = 1; s < count; s++) {
          body.append(s % 4 == 0 ? "\n" : " ").append(sentences.get(random.nextInt(sentences.size())));
        }
        ObjectNode article = JSON.createObjectNode();
        String source = "scale" + random.nextInt(200) + ".example";
        article.put("url", "https://" + source + "/news/" + i);
        article.put("source", source);
        article.put("title", titles.get(random.nextInt(titles.size())));
        article.put("summary", lede);
        article.put("content", body.toString());
        long day = firstDay + random.nextLong(days);
        article.put("published_at", LocalDate.ofEpochDay(day).atTime(random.nextInt(24), random.nextInt(60))
            .atOffset(ZoneOffset.UTC).toString());
        writer.write(JSON.writeValueAsString(article));
        writer.newLine();
      }
    }
    System.err.printf("generated %d articles from %d sentences and %d titles%n", n, sentences.size(), titles.size());
  }

  private static void search(String service, String es, String index, List<String> queries, int clients, int requests,
      List<Long> pids) throws Exception {
    Function<String, HttpRequest> ours = q -> HttpRequest.newBuilder(URI.create(service + "/api/search?q="
        + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build();
    Function<String, HttpRequest> lean = q -> HttpRequest.newBuilder(URI.create(es + "/" + index + "/_search"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(leanQuery(q))).build();
    // Unmeasured, WARM_UP_PASSES times each: the caches, the page cache and the JIT start where
    // they would in use. One pass left the service's JIT compiling for the whole measured run (5 s
    // of compiler threads in 400 searches after 1,200, on two cores shared with the node), which
    // measured its start, not its searches; the node has been warm since the load.
    for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
      run(queries, ours, clients, queries.size());
      run(queries, lean, clients, queries.size());
    }
    long[] before = cpuMillis(pids);
    double[] leanRun = run(queries, lean, clients, requests);
    long[] between = cpuMillis(pids);
    double[] ourRun = run(queries, ours, clients, requests);
    long[] after = cpuMillis(pids);
    print("lean query", leanRun, requests);
    print("/api/search", ourRun, requests);
    if (!pids.isEmpty()) {
      double leanNode = (between[0] - before[0]) / (double) requests;
      double ourNode = (after[0] - between[0]) / (double) requests;
      double ourService = (after[1] - between[1]) / (double) requests;
      System.out.printf(Locale.ROOT, "cpu:          a search cost the node %.2f ms (lean query) against %.2f ms, and the "
          + "service %.2f ms; ratio %.2f%n", leanNode, ourNode, ourService, leanNode / (ourNode + ourService));
    }
    System.out.printf(Locale.ROOT, "ratio:        p50 %.2f (goal <= 2), p95 %.2f, searches/s %.2f (goal >= 0.5)%n",
        percentile(ourRun, 50) / percentile(leanRun, 50), percentile(ourRun, 95) / percentile(leanRun, 95),
        leanRun[0] / ourRun[0]);
  }

  /** The CPU time each process has spent so far, in ms; empty without process ids. */
  private static long[] cpuMillis(List<Long> pids) {
    return pids.stream().mapToLong(pid -> ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
        .orElseThrow(() -> new IllegalStateException("no CPU time for process " + pid)).toMillis()).toArray();
  }

  private static String leanQuery(String q) {
    ObjectNode root = JSON.createObjectNode();
    root.put("size", 10);
    ObjectNode query = root.putObject("query").putObject("simple_query_string");
    query.put("query", q);
    query.putArray("fields").add("title").add("lede").add("body");
    query.put("default_operator", "and");
    ObjectNode body = root.putObject("highlight").putObject("fields").putObject("body");
    body.put("type", "unified");
    body.put("number_of_fragments", 3);
    body.put("fragment_size", 200);
    root.putObject("aggs").putObject("sources").putObject("terms").put("field", "source");
    root.putObject("_source").putArray("excludes").add("body");
    return root.toString();
  }

  /** Sends REQUESTS searches from CLIENTS clients; element 0 is the wall time in ms, then each latency in ms. */
  private static double[] run(List<String> queries, Function<String, HttpRequest> request, int clients, int requests)
      throws Exception {
    double[] out = new double[requests + 1];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < requests; ) {
          long sent = System.nanoTime();
          HttpResponse<String> response = HTTP.send(request.apply(queries.get(i % queries.size())),
              HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
          }
          out[i + 1] = (System.nanoTime() - sent) / 1e6;
        }
        return null;
      }));
    }
    try {
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    out[0] = (System.nanoTime() - start) / 1e6;
    return out;
  }

  private static double percentile(double[] run, double p) {
    double[] sorted = Arrays.copyOfRange(run, 1, run.length);
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
  }

  private static void print(String name, double[] run, int requests) {
    System.out.printf(Locale.ROOT, "%-13s p50 %.1f ms, p95 %.1f ms, %.1f searches/s%n", name + ":", percentile(run, 50),
        percentile(run, 95), requests / (run[0] / 1000));
  }
}
