package newssearch.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The folders of one node: {@code dataDir/elasticsearch} for the first, {@code dataDir/elasticsearch-2},
 * {@code -3}… for the others, each with its own copy of the configuration, data and logs, kept apart
 * from the shared install so that install stays read-only. The first node's folder is where a
 * single embedded node has always lived, so one node finds the data it had.
 */
record NodeFolders(Path root, String nodeName) {

  /** How the folders that Elasticsearch's launcher leaves in its temporary directory start. */
  static final String LAUNCHER_FOLDERS = "final-flags";

  static NodeFolders in(Path dataDir, int node) {
    return node == 0
        ? new NodeFolders(dataDir.resolve("elasticsearch"), "embedded")
        : new NodeFolders(dataDir.resolve("elasticsearch-" + (node + 1)), "embedded-" + (node + 1));
  }

  Path config() {
    return root.resolve("config");
  }

  Path data() {
    return root.resolve("data");
  }

  Path logs() {
    return root.resolve("logs");
  }

  Path tmp() {
    return root.resolve("tmp");
  }

  Path consoleLog() {
    return logs().resolve("console.log");
  }

  /** True once the node has been started: it keeps its node and cluster state in its data folder from then on. */
  boolean started() {
    return Files.isDirectory(data().resolve("_state"));
  }

  /**
   * True once the node has served in a formed cluster. A node writes its state at its first start,
   * before any cluster forms, so only this mark tells a first start that failed from a cluster that formed.
   */
  boolean joinedCluster() {
    return Files.exists(root.resolve("cluster.joined"));
  }

  void markJoined() throws IOException {
    Files.writeString(root.resolve("cluster.joined"), "This node has served in its cluster; it starts without bootstrapping one.\n");
  }

  /** Creates the folders and writes this start's configuration over the install's defaults. */
  void prepare(Path home, int httpPort, int transportPort, String discovery, String heap) throws IOException {
    for (Path dir : new Path[] {config(), config().resolve("jvm.options.d"), data(), logs(), tmp()}) {
      Files.createDirectories(dir);
    }
    removeLauncherLeftovers();
    copyDefaults(home.resolve("config"));
    Files.writeString(config().resolve("elasticsearch.yml"), """
        # Written by news-search at every start of the embedded engine; edits here are overwritten.
        cluster.name: news-search
        node.name: %s
        path.data: %s
        path.logs: %s
        network.host: 127.0.0.1
        http.port: %d
        transport.port: %d
        %s
        xpack.security.enabled: false
        # A laptop's nearly full disk must not turn the index read-only.
        cluster.routing.allocation.disk.threshold_enabled: false
        # Writes to a misspelt index or a missing alias fail instead of creating an unanalysed index.
        action.auto_create_index: false
        """.formatted(nodeName, data(), logs(), httpPort, transportPort, discovery));
    // Touching every page of the heap up front costs seconds of a 2-core machine's start for a node
    // that mostly serves one person; the pages are touched as the heap fills instead.
    Files.writeString(config().resolve("jvm.options.d").resolve("heap.options"),
        "-Xms" + heap + "\n-Xmx" + heap + "\n-XX:-AlwaysPreTouch\n");
  }

  /**
   * Elasticsearch's launcher finds the JVM's final flags by starting a JVM in a new
   * {@code final-flags*} folder of its temporary directory (this node's {@link #tmp}, see
   * {@code EmbeddedEngine}), and leaves it behind: two per start. Removed at the next start, when
   * no launcher of this node runs.
   */
  private void removeLauncherLeftovers() throws IOException {
    try (Stream<Path> entries = Files.list(tmp())) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        if (entry.getFileName().toString().startsWith(LAUNCHER_FOLDERS) && Files.isDirectory(entry)) {
          FilePermissions.deleteTree(entry);
        }
      }
    }
  }

  /** Copies the install's config files the node has not got yet; the keystore it creates stays. */
  private void copyDefaults(Path installConfig) throws IOException {
    try (Stream<Path> files = Files.list(installConfig)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = config().resolve(file.getFileName());
        if (Files.isRegularFile(file) && !Files.exists(target)) {
          Files.copy(file, target);
        }
      }
    }
  }
}
