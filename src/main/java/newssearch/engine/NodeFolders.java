package newssearch.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The folders of one node under {@code dataDir/elasticsearch}: its own copy of the configuration,
 * data and logs, kept apart from the shared install so that install stays read-only.
 */
record NodeFolders(Path root) {

  static NodeFolders in(Path dataDir) {
    return new NodeFolders(dataDir.resolve("elasticsearch"));
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

  /** Creates the folders and writes this start's configuration over the install's defaults. */
  void prepare(Path home, int httpPort, int transportPort, String heap) throws IOException {
    for (Path dir : new Path[] {config(), config().resolve("jvm.options.d"), data(), logs(), tmp()}) {
      Files.createDirectories(dir);
    }
    copyDefaults(home.resolve("config"));
    Files.writeString(config().resolve("elasticsearch.yml"), """
        # Written by news-search at every start of the embedded engine; edits here are overwritten.
        cluster.name: news-search
        node.name: embedded
        path.data: %s
        path.logs: %s
        network.host: 127.0.0.1
        http.port: %d
        transport.port: %d
        discovery.type: single-node
        xpack.security.enabled: false
        # A laptop's nearly full disk must not turn the index read-only.
        cluster.routing.allocation.disk.threshold_enabled: false
        # Writes to a misspelt index or a missing alias fail instead of creating an unanalysed index.
        action.auto_create_index: false
        """.formatted(data(), logs(), httpPort, transportPort));
    // Touching every page of the heap up front costs seconds of a 2-core machine's start for a node
    // that mostly serves one person; the pages are touched as the heap fills instead.
    Files.writeString(config().resolve("jvm.options.d").resolve("heap.options"),
        "-Xms" + heap + "\n-Xmx" + heap + "\n-XX:-AlwaysPreTouch\n");
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
