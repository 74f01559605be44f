package newssearch.system;

import java.nio.file.Path;
import java.time.Duration;
import newssearch.engine.EngineSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded engine, used when no external cluster is configured. Empty values take the
 * defaults of {@link EngineSettings#withDefaults}.
 *
 * @param dataDir      the service's data folder
 * @param cacheDir     where the Elasticsearch distribution is unpacked
 * @param heap         each node's heap
 * @param javaHome     the JDK the node runs on
 * @param startTimeout how long to wait for the nodes to serve (every node joined; green, or yellow: every
 *                     primary shard allocated)
 * @param nodes        how many nodes the embedded cluster has (each with its own folder, ports and heap)
 */
@ConfigurationProperties("news.engine")
public record EngineProperties(Path dataDir, Path cacheDir, String heap, Path javaHome, Duration startTimeout,
    Integer nodes) {

  public EngineSettings settings() {
    return EngineSettings.withDefaults(dataDir, cacheDir, heap, javaHome, startTimeout, nodes);
  }
}
