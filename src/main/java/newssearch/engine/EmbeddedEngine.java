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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real Elasticsearch on loopback, for machines without a cluster or Docker: one node, or several
 * formed into one cluster ({@link EngineSettings#nodes}).
 *
 * <p>{@link #start} reuses the cluster another command runs on the same data folder, or starts one;
 * {@link #close} stops the nodes only if this process started them.
 */
public final class EmbeddedEngine implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedEngine.class);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final List<String> urls;
  private final Path stateFile;
  private final List<NodeProcess> nodes; // empty when the cluster belongs to another command
  private final CompletableFuture<Void> ready;

  private EmbeddedEngine(List<String> urls, Path stateFile, List<NodeProcess> nodes, CompletableFuture<Void> ready) {
    this.urls = urls;
    this.stateFile = stateFile;
    this.nodes = nodes;
    this.ready = ready;
  }

  /**
   * Reuses the cluster running on the data folder, or launches its nodes and returns at once; {@link
   * #awaitReady} waits for it to serve (every node joined, every primary shard allocated), so the
   * caller can start its own work meanwhile.
   */
  public static EmbeddedEngine start(EngineSettings settings) {
    Path dataDir = settings.dataDir().toAbsolutePath();
    FileChannel lockFile = null;
    try {
      Files.createDirectories(dataDir);
      Path stateFile = dataDir.resolve("engine.state");
      // The lock makes a second command wait while the first starts the nodes, then reuse them.
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
    } catch (RuntimeException e) {
      closeQuietly(lockFile);
      throw e;
    }
  }

  /** A cluster with any node alive and serving is reused, even while its owner starts a lost node again. */
  private static Optional<EmbeddedEngine> reuse(Path stateFile) throws IOException {
    Optional<EngineState> state = EngineState.read(stateFile);
    if (state.isPresent() && state.get().anyProcessAlive() && state.get().urls().stream().anyMatch(url -> isServing(url, 1))) {
      log.info("Using the embedded Elasticsearch already running at {} (pid {})", state.get().url(), state.get().pid());
      return Optional.of(new EmbeddedEngine(state.get().urls(), stateFile, List.of(), CompletableFuture.completedFuture(null)));
    }
    if (state.isPresent()) {
      log.info("Cleaning up the state of an embedded Elasticsearch that is gone (pid {})", state.get().pid());
    }
    Files.deleteIfExists(stateFile);
    return Optional.empty();
  }

  private static EmbeddedEngine launch(EngineSettings settings, Path dataDir, Path stateFile, FileChannel lock)
      throws IOException {
    requireFormedWith(dataDir, settings.nodes());
    Path home = new EngineDistribution(settings.cacheDir()).install();
    List<NodeFolders> folders = IntStream.range(0, settings.nodes()).mapToObj(i -> NodeFolders.in(dataDir, i)).toList();
    boolean firstStart = folders.stream().noneMatch(NodeFolders::joinedCluster);
    List<Integer> httpPorts = new ArrayList<>();
    List<Integer> transportPorts = new ArrayList<>();
    for (int i = 0; i < folders.size(); i++) {
      httpPorts.add(freePort());
      transportPorts.add(freePort());
    }
    String discovery = Discovery.settings(folders, transportPorts, firstStart);
    RussianDictionary dictionary = new RussianDictionary(settings.cacheDir());
    RunAs runAs = RunAs.forCurrentUser();
    for (int i = 0; i < folders.size(); i++) {
      folders.get(i).prepare(home, httpPorts.get(i), transportPorts.get(i), discovery, settings.heap());
      dictionary.installInto(folders.get(i).config());
      runAs.prepare(home, dataDir, folders.get(i).root());
    }

    List<String> urls = httpPorts.stream().map(port -> "http://127.0.0.1:" + port).toList();
    log.info("Starting the embedded Elasticsearch at {} (data {}, log {})", String.join(",", urls),
        folders.size() == 1 ? folders.get(0).data() : dataDir + "/elasticsearch*/data",
        folders.size() == 1 ? folders.get(0).consoleLog() : "logs/console.log beside each");
    Instant started = Instant.now();
    List<NodeProcess> nodes = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    EmbeddedEngine engine = new EmbeddedEngine(urls, stateFile, nodes, ready);
    try {
      for (NodeFolders node : folders) {
        nodes.add(NodeProcess.start(node.nodeName(), launcher(home, node, runAs, settings), engine::writeStateQuietly));
      }
    } catch (IOException e) {
      engine.stop();
      throw e;
    }
    Thread waiter = new Thread(() -> {
      try {
        engine.awaitServing(settings.startTimeout(), folders);
        engine.writeState();
        for (NodeFolders node : folders) {
          node.markJoined();
        }
        nodes.forEach(NodeProcess::supervise);
        log.info("Embedded Elasticsearch is serving after {} ms", Duration.between(started, Instant.now()).toMillis());
        ready.complete(null);
      } catch (IOException e) {
        ready.completeExceptionally(new EngineException("Could not write " + stateFile + ": " + e.getMessage(), e));
      } catch (RuntimeException e) {
        ready.completeExceptionally(e);
      } finally {
        closeQuietly(lock);
      }
    }, "embedded-elasticsearch-start");
    waiter.setDaemon(true);
    waiter.start();
    ready.whenComplete((ok, failed) -> {
      if (failed != null) {
        engine.stop();
      }
    });
    return engine;
  }

  /**
   * A cluster's nodes keep who votes for its master: started with fewer of them it could not elect
   * one, and a node once started alone ({@code single-node}) never joins others. So a data folder
   * keeps the number of nodes it was first started with (a folder from before there were several is one node's).
   */
  private static void requireFormedWith(Path dataDir, int nodes) {
    int formed = 0;
    while (NodeFolders.in(dataDir, formed).started()) {
      formed++;
    }
    if (formed > 0 && formed != nodes) {
      throw new EngineException("The data folder " + dataDir + " holds a cluster of " + formed
          + " embedded node(s), which cannot be started as " + nodes + ": start it with --nodes " + formed
          + " (news.engine.nodes), or give another --data-dir for a cluster of " + nodes + ".");
    }
  }

  private static ProcessBuilder launcher(Path home, NodeFolders node, RunAs runAs, EngineSettings settings) {
    ProcessBuilder builder = new ProcessBuilder(runAs.command(home.resolve("bin/elasticsearch").toString()))
        .directory(node.root().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(node.consoleLog().toFile()));
    builder.environment().put("ES_JAVA_HOME", settings.javaHome().toString());
    builder.environment().put("ES_PATH_CONF", node.config().toString());
    builder.environment().put("ES_TMPDIR", node.tmp().toString());
    builder.environment().remove("ES_JAVA_OPTS");
    // The launcher's own JVM makes folders in its temporary directory and leaves them (see
    // NodeFolders#prepare): in the node's, not in the machine's /tmp. The script splits this
    // variable at spaces, so a path with one keeps the launcher's default.
    if (node.tmp().toString().chars().noneMatch(Character::isWhitespace)) {
      builder.environment().put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + node.tmp());
    } else {
      builder.environment().remove("CLI_JAVA_OPTS");
    }
    return builder;
  }

  private void awaitServing(Duration timeout, List<NodeFolders> folders) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      for (int i = 0; i < nodes.size(); i++) {
        if (!nodes.get(i).alive()) {
          Path consoleLog = folders.get(i).consoleLog();
          throw new EngineException("The embedded Elasticsearch " + (nodes.size() == 1 ? "" : "node " + nodes.get(i).name() + " ")
              + "exited with code " + nodes.get(i).exitValue() + " while starting. Last lines of " + consoleLog + ":\n"
              + tail(consoleLog));
        }
      }
      if (isServing(urls.get(0), nodes.size())) {
        return;
      }
      sleep(Duration.ofMillis(250));
    }
    Path consoleLog = folders.get(0).consoleLog();
    throw new EngineException("The embedded Elasticsearch did not " + (nodes.size() == 1 ? "" : "form a cluster of "
        + nodes.size() + " nodes and ") + "turn green or yellow within " + timeout.toSeconds()
        + " s. Last lines of " + consoleLog + ":\n" + tail(consoleLog));
  }

  private void writeState() throws IOException {
    new EngineState(urls, nodes.stream().map(NodeProcess::pid).toList()).write(stateFile);
  }

  /** After a node was started again: its new process is what the next command checks. */
  private void writeStateQuietly() {
    try {
      writeState();
    } catch (IOException e) {
      log.warn("Could not update {}: {}", stateFile, e.getMessage());
    }
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
   * At least {@code nodes} nodes joined, and green or yellow: every primary shard allocated. A
   * cluster holding indices configured with more replicas ({@code news.index.replicas}) than it
   * has other nodes to put them on stays yellow, and serves all the same.
   */
  private static boolean isServing(String url, int nodes) {
    HttpRequest health = HttpRequest.newBuilder(URI.create(url
            + "/_cluster/health?wait_for_status=yellow&wait_for_nodes=ge(" + nodes + ")&timeout=1s"))
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

  /** Every node's HTTP address, separated by commas, the first node's first. */
  public String url() {
    return String.join(",", urls);
  }

  /** True when this process started the nodes and will stop them on {@link #close}. */
  public boolean owned() {
    return !nodes.isEmpty();
  }

  @Override
  public void close() {
    if (owned()) {
      stop();
    }
  }

  /** All nodes are asked at once, so none waits for another that has already left. */
  private synchronized void stop() {
    if (nodes.stream().noneMatch(NodeProcess::alive)) {
      return;
    }
    log.info("Stopping the embedded Elasticsearch at {}", url());
    nodes.forEach(NodeProcess::requestStop);
    try {
      for (NodeProcess node : nodes) {
        node.awaitStop(Duration.ofSeconds(60));
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
