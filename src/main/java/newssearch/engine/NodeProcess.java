package newssearch.engine;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's launcher process, run and watched by a thread of its own. Once the cluster has served,
 * a node that exits without being asked to (killed, out of memory) is started again with the same
 * configuration, so it rejoins and takes its shard copies back; one that exits again within
 * {@link #SHORTEST_RUN} of being started again is left down, since another start would only repeat the failure.
 */
final class NodeProcess {

  private static final Logger log = LoggerFactory.getLogger(NodeProcess.class);
  private static final Duration SHORTEST_RUN = Duration.ofSeconds(30);

  private final String name;
  private final ProcessBuilder builder;
  private final Runnable restarted;
  private volatile Process process;
  private volatile boolean supervised;
  private volatile boolean stopping;

  private NodeProcess(String name, ProcessBuilder builder, Runnable restarted) {
    this.name = name;
    this.builder = builder;
    this.restarted = restarted;
  }

  /**
   * Starts the process from a thread that lives exactly as long as the node: the parent-death
   * signal {@link RunAs} asks for fires when the forking <em>thread</em> ends, and it is what stops
   * the node when this JVM is killed without a chance to run shutdown hooks.
   */
  static NodeProcess start(String name, ProcessBuilder builder, Runnable restarted) throws IOException {
    NodeProcess node = new NodeProcess(name, builder, restarted);
    var started = new CompletableFuture<Process>();
    Thread owner = new Thread(() -> node.run(started), "embedded-elasticsearch-" + name);
    owner.setDaemon(true);
    owner.start();
    try {
      node.process = started.join();
      return node;
    } catch (CompletionException e) {
      throw new IOException("could not run " + builder.command() + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  private void run(CompletableFuture<Process> started) {
    try {
      process = builder.start();
      started.complete(process);
      Instant restartedAt = null;
      while (true) {
        int code = process.waitFor();
        if (stopping || !supervised) {
          return;
        }
        if (restartedAt != null && Duration.between(restartedAt, Instant.now()).compareTo(SHORTEST_RUN) < 0) {
          log.error("Embedded Elasticsearch node {} exited with code {} within {} s of being started again; it stays down",
              name, code, SHORTEST_RUN.toSeconds());
          return;
        }
        synchronized (this) {
          if (stopping) {
            return;
          }
          log.warn("Embedded Elasticsearch node {} exited with code {}; starting it again", name, code);
          process = builder.start();
          restartedAt = Instant.now();
        }
        restarted.run();
      }
    } catch (IOException e) {
      if (!started.completeExceptionally(e)) {
        log.error("Could not start embedded Elasticsearch node {} again: {}", name, e.getMessage());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  int exitValue() {
    return process.exitValue();
  }

  /** From now on the node is started again when it exits unasked. */
  void supervise() {
    supervised = true;
  }

  /** Asks the node to stop (SIGTERM to the launcher, which stops the node in order), without waiting. */
  synchronized void requestStop() {
    stopping = true;
    process.destroy();
  }

  /** Waits for a stop asked with {@link #requestStop}, killing the node and its launcher when it takes too long. */
  void awaitStop(Duration patience) throws InterruptedException {
    List<ProcessHandle> descendants = process.descendants().toList();
    if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
      log.warn("Embedded Elasticsearch node {} did not stop within {} s; killing it", name, patience.toSeconds());
      descendants.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
