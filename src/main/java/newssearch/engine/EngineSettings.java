package newssearch.engine;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the embedded engine.
 *
 * @param dataDir      the nodes' data, config and logs live in {@code dataDir/elasticsearch} (the
 *                     first node) and {@code dataDir/elasticsearch-2}, {@code -3}… (the others); one cluster per data folder
 * @param cacheDir     where the distribution is unpacked once and reused across data folders
 * @param heap         each node's heap, as the JVM writes it ({@code 1g}, {@code 512m})
 * @param javaHome     the JDK the nodes run on
 * @param startTimeout how long to wait for the cluster to serve (every node joined; green, or yellow:
 *                     every primary shard allocated)
 * @param nodes        how many nodes form the cluster; a data folder keeps the count it was first started with
 */
public record EngineSettings(Path dataDir, Path cacheDir, String heap, Path javaHome, Duration startTimeout, int nodes) {

  public EngineSettings {
    if (nodes < 1) {
      throw new EngineException("The embedded engine needs at least one node (--nodes, news.engine.nodes), not " + nodes);
    }
  }

  /**
   * Fills what is not given: folders under the user's home, except for root, whose home the
   * node's user ({@code nobody}) cannot enter, so root gets {@code /var/lib/news-search} and
   * {@code /var/cache/news-search}; a 1 GB heap; the JDK running this code; two minutes to start; one node.
   */
  public static EngineSettings withDefaults(Path dataDir, Path cacheDir, String heap, Path javaHome, Duration startTimeout,
      Integer nodes) {
    boolean root = RunAs.forCurrentUser().root();
    Path home = Path.of(System.getProperty("user.home"));
    return new EngineSettings(
        given(dataDir) ? dataDir : root ? Path.of("/var/lib/news-search") : home.resolve(".news-search"),
        given(cacheDir) ? cacheDir : root ? Path.of("/var/cache/news-search") : home.resolve(".cache/news-search"),
        heap == null || heap.isBlank() ? "1g" : heap,
        given(javaHome) ? javaHome : Path.of(System.getProperty("java.home")),
        startTimeout == null ? Duration.ofMinutes(2) : startTimeout,
        nodes == null ? 1 : nodes);
  }

  private static boolean given(Path path) {
    return path != null && !path.toString().isBlank();
  }
}
