import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The overload run against one service: searches one at a time (the latency without load), then
 * CLIENTS clients each sending the next search as soon as the last one is answered, for SECONDS
 * (Retry-After ignored: the worst a crowd of clients can do; or, with {@code honour}, each client
 * waits as long as a 503 says before it asks again), then one search alone again. Each answer is sorted by status: 200 (admitted), 503 (turned away; must carry
 * Retry-After), anything else or no answer (an error). Prints p50/p99 of each and the ratios.
 *
 * <p>Usage: {@code java [-Dpids=NAME:PID,...] bench/Overload.java SERVICE_URL QUERIES_FILE CLIENTS SECONDS
 * [ALONE [honour]]} (ALONE: searches measured one at a time before the load, default 300; the named
 * processes' CPU during the load is printed beside this generator's and the machine's).
 */
public class Overload {

  /**
   * The crowd runs this long first, unmeasured: a service that has only ever answered searches has
   * not compiled the path that turns them away, and would spend the first seconds of the run on it.
   */
  private static final int WARM_UP_SECONDS = 10;

  public static void main(String[] args) throws Exception {
    URI service = URI.create(args[0]);
    List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
        .filter(q -> !q.isBlank()).toList();
    int clients = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int alone = args.length > 4 ? Integer.parseInt(args[4]) : 300;
    boolean honourRetryAfter = args.length > 5 && args[5].equals("honour");
    Random random = new Random(16);

    Connection one = new Connection(service);
    System.err.printf("Warming up with %d searches...%n", queries.size());
    for (String q : queries) {
      one.get(path(q));
    }
    System.err.printf("%d searches one at a time...%n", alone);
    List<Double> unloaded = new ArrayList<>();
    for (int i = 0; i < alone; i++) {
      Answer answer = one.get(path(queries.get(random.nextInt(queries.size()))));
      if (answer.status != 200) {
        throw new IllegalStateException("a search without load answered " + answer.status + ": " + answer.error);
      }
      unloaded.add(answer.millis);
    }

    System.err.printf("%d clients for %d s to warm up (compiling the paths a crowd takes), unmeasured...%n", clients,
        WARM_UP_SECONDS);
    crowd(service, queries, clients, WARM_UP_SECONDS, honourRetryAfter);
    System.err.printf("%d clients for %d s, %s Retry-After...%n", clients, seconds,
        honourRetryAfter ? "honouring" : "ignoring");
    CpuUse cpu = CpuUse.start(System.getProperty("pids", ""));
    Crowd crowd = crowd(service, queries, clients, seconds, honourRetryAfter);
    ConcurrentLinkedQueue<Double> admitted = crowd.admitted();
    ConcurrentLinkedQueue<Double> refused = crowd.refused();
    AtomicInteger refusedWithoutRetryAfter = crowd.refusedWithoutRetryAfter();
    Map<String, Integer> errors = crowd.errors();
    String cpuUse = cpu.report();
    // A new connection: the server has closed the idle one meanwhile.
    Answer after = new Connection(service).get(path(queries.get(random.nextInt(queries.size()))));

    double aloneP50 = percentile(unloaded, 50);
    double aloneP99 = percentile(unloaded, 99);
    double admittedP99 = percentile(admitted, 99);
    System.out.printf(Locale.ROOT, "without load:  %d searches one at a time, p50 %.1f ms, p99 %.1f ms%n",
        unloaded.size(), aloneP50, aloneP99);
    System.out.printf(Locale.ROOT, "under load:    %d clients for %d s (%s Retry-After), %.0f answers/s%n", clients,
        seconds, honourRetryAfter ? "honouring" : "ignoring",
        (admitted.size() + refused.size() + errors.values().stream().mapToInt(Integer::intValue).sum()) / (double) seconds);
    System.out.printf(Locale.ROOT, "admitted:      %d (%.1f/s), p50 %.1f ms, p99 %.1f ms: %.2f x p99 without load (goal <= 2)%n",
        admitted.size(), admitted.size() / (double) seconds, percentile(admitted, 50), admittedP99,
        admittedP99 / aloneP99);
    System.out.printf(Locale.ROOT, "503:           %d, p50 %.1f ms, p99 %.1f ms (goal < 50 ms); %d without Retry-After%n",
        refused.size(), percentile(refused, 50), percentile(refused, 99), refusedWithoutRetryAfter.get());
    System.out.printf(Locale.ROOT, "other errors:  %d%s%n", errors.values().stream().mapToInt(Integer::intValue).sum(),
        errors.isEmpty() ? " (goal 0)" : " " + new TreeMap<>(errors));
    System.out.println("cpu in load:   " + cpuUse);
    System.out.printf(Locale.ROOT, "after load:    first search %d in %.1f ms (%.2f x p50 without load)%n",
        after.status, after.millis, after.millis / aloneP50);
  }

  /** What a crowd's answers were: latencies of the 200s and the 503s, 503s without Retry-After, other errors by kind. */
  record Crowd(ConcurrentLinkedQueue<Double> admitted, ConcurrentLinkedQueue<Double> refused,
      AtomicInteger refusedWithoutRetryAfter, Map<String, Integer> errors) {}

  /** CLIENTS clients, each sending its next search as soon as the last is answered (or its Retry-After is over). */
  private static Crowd crowd(URI service, List<String> queries, int clients, int seconds, boolean honourRetryAfter)
      throws InterruptedException {
    Crowd crowd = new Crowd(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new AtomicInteger(),
        new ConcurrentHashMap<>());
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random own = new Random(c);
      Connection connection = new Connection(service);
      Thread thread = new Thread(() -> {
        while (System.nanoTime() < end) {
          Answer answer = connection.get(path(queries.get(own.nextInt(queries.size()))));
          if (answer.status == 200) {
            crowd.admitted().add(answer.millis);
          } else if (answer.status == 503) {
            crowd.refused().add(answer.millis);
            if (answer.retryAfter == 0) {
              crowd.refusedWithoutRetryAfter().incrementAndGet();
            } else if (honourRetryAfter) {
              pause(Math.min(answer.retryAfter * 1000L, (end - System.nanoTime()) / 1_000_000));
            }
          } else {
            crowd.errors().merge(answer.status == 0 ? answer.error : String.valueOf(answer.status), 1, Integer::sum);
          }
        }
        connection.closeQuietly();
      }, "client-" + c);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return crowd;
  }

  /**
   * Where the machine's CPU went while the load ran, in cores: the named processes (from
   * {@code /proc/PID/stat}), this generator, and the rest of the machine (from {@code /proc/stat}).
   */
  record CpuUse(Map<String, Long> pids, Map<String, long[]> startTicks, long startBusy, long startNanos, String load) {

    static CpuUse start(String spec) throws IOException {
      Map<String, Long> pids = new java.util.LinkedHashMap<>();
      for (String named : spec.split(",")) {
        if (!named.isBlank()) {
          pids.put(named.split(":")[0], Long.parseLong(named.split(":")[1]));
        }
      }
      pids.put("generator", ProcessHandle.current().pid());
      Map<String, long[]> ticks = new java.util.LinkedHashMap<>();
      for (var e : pids.entrySet()) {
        ticks.put(e.getKey(), ticks(e.getValue()));
      }
      return new CpuUse(pids, ticks, busy(), System.nanoTime(), loadAverage());
    }

    String report() throws IOException {
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      double machine = (busy() - startBusy) / 100.0 / seconds;
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.2f cores busy of %d:",
          machine, Runtime.getRuntime().availableProcessors()));
      double named = 0;
      for (var e : pids.entrySet()) {
        long[] now = ticks(e.getValue());
        long[] then = startTicks.get(e.getKey());
        double user = (now[0] - then[0]) / 100.0 / seconds;
        double system = (now[1] - then[1]) / 100.0 / seconds;
        named += user + system;
        out.append(String.format(Locale.ROOT, " %s %.2f (%.2f in the kernel),", e.getKey(), user + system, system));
      }
      return out.append(String.format(Locale.ROOT, " everything else %.2f (load average %s before, %s after)",
          Math.max(0, machine - named), load, loadAverage())).toString();
    }

    /** utime and stime of a process, in clock ticks (100 a second). */
    private static long[] ticks(long pid) throws IOException {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
    }

    /** Ticks the whole machine spent busy: user, nice, system, irq, softirq, steal (guest is in user). */
    private static long busy() throws IOException {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += i < f.length ? Long.parseLong(f[i]) : 0;
      }
      return busy;
    }

    private static String loadAverage() throws IOException {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
  }

  /** {@code retryAfter}: its seconds, 0 when absent. */
  record Answer(int status, double millis, int retryAfter, String error) {}

  private static void pause(long millis) {
    try {
      Thread.sleep(Math.max(0, millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * One client's connection: plain HTTP/1.1 with keep-alive over a socket, read with blocking I/O.
   * The JDK's HttpClient costs several times the CPU per request, which on a machine of 2 cores is
   * taken from the service being measured.
   */
  static final class Connection {
    private final String host;
    private final int port;
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;

    Connection(URI service) {
      this.host = service.getHost();
      this.port = service.getPort();
    }

    Answer get(String pathAndQuery) {
      long started = System.nanoTime();
      try {
        if (socket == null) {
          socket = new Socket(host, port);
          socket.setTcpNoDelay(true);
          socket.setSoTimeout(60_000);
          in = new BufferedInputStream(socket.getInputStream());
          out = socket.getOutputStream();
        }
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        long length = -1;
        boolean chunked = false;
        int retryAfter = 0;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
          String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
          String value = header.substring(header.indexOf(':') + 1).trim();
          switch (name) {
            case "content-length" -> length = Long.parseLong(value);
            case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
            case "retry-after" -> retryAfter = Integer.parseInt(value);
            case "connection" -> close = value.equalsIgnoreCase("close");
            default -> { }
          }
        }
        if (chunked) {
          for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
              size = Long.parseLong(line().split(";")[0].trim(), 16)) {
            skip(size);
            line();
          }
          line();
        } else if (length > 0) {
          skip(length);
        }
        if (close) {
          closeQuietly();
        }
        return new Answer(status, (System.nanoTime() - started) / 1e6, retryAfter, null);
      } catch (Exception e) {
        closeQuietly();
        return new Answer(0, (System.nanoTime() - started) / 1e6, 0, e.getClass().getSimpleName());
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new EOFException("connection closed");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    private void skip(long count) throws IOException {
      for (long left = count; left > 0; ) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new EOFException("connection closed");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    private void closeQuietly() {
      try {
        if (socket != null) {
          socket.close();
        }
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }

  private static String path(String query) {
    return "/api/search?size=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static double percentile(java.util.Collection<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
