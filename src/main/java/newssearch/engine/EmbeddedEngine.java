package newssearch.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node on loopback, for machines without a cluster or Docker.
 *
 * <p>{@link #start} reuses the node another command runs on the same data folder, or starts one;
 * {@link #close} stops the node only if this process started it.
 */
public final class EmbeddedEngine implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedEngine.class);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String url;
  private final Path stateFile;
  private final Process process; // null when the node belongs to another command
  private final CompletableFuture<Void> ready;

  private EmbeddedEngine(String url, Path stateFile, Process process, CompletableFuture<Void> ready) {
    this.url = url;
    this.stateFile = stateFile;
    this.process = process;
    this.ready = ready;
  }

  /**
   * Reuses the node running on the data folder, or launches one and returns at once; {@link
   * #awaitReady} waits for it to serve (every primary shard allocated), so the caller can start its own work meanwhile.
   */
  public static EmbeddedEngine start(EngineSettings settings) {
    Path dataDir = settings.dataDir().toAbsolutePath();
    FileChannel lockFile = null;
    try {
      Files.createDirectories(dataDir);
      Path stateFile = dataDir.resolve("engine.state");
      // The lock makes a second command wait while the first starts the node, then reuse it.
      lockFile = FileChannel.open(dataDir.resolve("engine.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      lockFile.lock();
      Optional<EmbeddedEngine> running = reuse(stateFile);
      if (running.isPresent()) {
        lockFile.close();
        return running.get();
      }
      return launch(settings, dataDir, stateFile, lockFile);
    } catch (IOException e) {
      closeQuietly(lockFile);
      throw new EngineException("Could not start the embedded Elasticsearch in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private static Optional<EmbeddedEngine> reuse(Path stateFile) throws IOException {
    Optional<EngineState> state = EngineState.read(stateFile);
    if (state.isPresent() && state.get().processAlive() && isServing(state.get().url())) {
      log.info("Using the embedded Elasticsearch already running at {} (pid {})", state.get().url(), state.get().pid());
      return Optional.of(new EmbeddedEngine(state.get().url(), stateFile, null, CompletableFuture.completedFuture(null)));
    }
    if (state.isPresent()) {
      log.info("Cleaning up the state of an embedded Elasticsearch that is gone (pid {})", state.get().pid());
    }
    Files.deleteIfExists(stateFile);
    return Optional.empty();
  }

  private static EmbeddedEngine launch(EngineSettings settings, Path dataDir, Path stateFile, FileChannel lock)
      throws IOException {
    Path home = new EngineDistribution(settings.cacheDir()).install();
    NodeFolders folders = NodeFolders.in(dataDir);
    int httpPort = freePort();
    folders.prepare(home, httpPort, freePort(), settings.heap());
    new RussianDictionary(settings.cacheDir()).installInto(folders.config());
    RunAs runAs = RunAs.forCurrentUser();
    runAs.prepare(home, dataDir, folders.root());

    ProcessBuilder builder = new ProcessBuilder(runAs.command(home.resolve("bin/elasticsearch").toString()))
        .directory(folders.root().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(folders.consoleLog().toFile()));
    builder.environment().put("ES_JAVA_HOME", settings.javaHome().toString());
    builder.environment().put("ES_PATH_CONF", folders.config().toString());
    builder.environment().put("ES_TMPDIR", folders.tmp().toString());
    builder.environment().remove("ES_JAVA_OPTS");

    String url = "http://127.0.0.1:" + httpPort;
    log.info("Starting the embedded Elasticsearch at {} (data {}, log {})", url, folders.data(), folders.consoleLog());
    Instant started = Instant.now();
    Process process = startOnOwnThread(builder);
    CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> {
      try {
        awaitServing(process, url, settings.startTimeout(), folders.consoleLog());
        new EngineState(url, process.pid()).write(stateFile);
        log.info("Embedded Elasticsearch is serving after {} ms", Duration.between(started, Instant.now()).toMillis());
      } catch (IOException e) {
        throw new EngineException("Could not write " + stateFile + ": " + e.getMessage(), e);
      } finally {
        closeQuietly(lock);
      }
    }, task -> {
      Thread waiter = new Thread(task, "embedded-elasticsearch-start");
      waiter.setDaemon(true);
      waiter.start();
    });
    EmbeddedEngine engine = new EmbeddedEngine(url, stateFile, process, ready);
    ready.whenComplete((ok, failed) -> {
      if (failed != null) {
        engine.stop();
      }
    });
    return engine;
  }

  /**
   * Starts the process from a thread that lives exactly as long as the node: the parent-death
   * signal {@link RunAs} asks for fires when the forking <em>thread</em> ends, and it is what stops
   * the node when this JVM is killed without a chance to run shutdown hooks.
   */
  private static Process startOnOwnThread(ProcessBuilder builder) throws IOException {
    var started = new CompletableFuture<Process>();
    Thread owner = new Thread(() -> {
      try {
        Process p = builder.start();
        started.complete(p);
        p.waitFor();
      } catch (IOException e) {
        started.completeExceptionally(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "embedded-elasticsearch");
    owner.setDaemon(true);
    owner.start();
    try {
      return started.join();
    } catch (CompletionException e) {
      throw new IOException("could not run " + builder.command() + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static void awaitServing(Process process, String url, Duration timeout, Path consoleLog) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new EngineException("The embedded Elasticsearch exited with code " + process.exitValue()
            + " while starting. Last lines of " + consoleLog + ":\n" + tail(consoleLog));
      }
      if (isServing(url)) {
        return;
      }
      sleep(Duration.ofMillis(250));
    }
    throw new EngineException("The embedded Elasticsearch did not turn green or yellow within " + timeout.toSeconds()
        + " s. Last lines of " + consoleLog + ":\n" + tail(consoleLog));
  }

  /** True once the node serves (and stays true; health checks follow it afterwards). */
  public boolean ready() {
    return ready.isDone() && !ready.isCompletedExceptionally();
  }

  /** Blocks until the node serves; throws {@link EngineException} saying why if it never will be. */
  public void awaitReady() {
    try {
      ready.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof EngineException engineFailure ? engineFailure
          : new EngineException("The embedded Elasticsearch did not start: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Green, or yellow: every primary shard allocated. A node holding indices configured with replicas
   * ({@code news.index.replicas}) and no other node to put them on stays yellow, and serves all the same.
   */
  private static boolean isServing(String url) {
    HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
        .timeout(Duration.ofSeconds(5)).build();
    try {
      HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && (response.body().contains("\"status\":\"green\"")
          || response.body().contains("\"status\":\"yellow\""));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public String url() {
    return url;
  }

  /** True when this process started the node and will stop it on {@link #close}. */
  public boolean owned() {
    return process != null;
  }

  @Override
  public void close() {
    if (owned()) {
      stop();
    }
  }

  private synchronized void stop() {
    if (!process.isAlive()) {
      return;
    }
    log.info("Stopping the embedded Elasticsearch at {}", url);
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        log.warn("The embedded Elasticsearch did not stop within 60 s; killing it");
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      Files.deleteIfExists(stateFile);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      log.warn("Could not remove {}: {}", stateFile, e.getMessage());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      log.warn("Could not release the engine lock: {}", e.getMessage());
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while waiting for the embedded Elasticsearch");
    }
  }
}
