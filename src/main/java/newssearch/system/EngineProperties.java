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
 * @param heap         the node's heap
 * @param javaHome     the JDK the node runs on
 * @param startTimeout how long to wait for the node to serve (green, or yellow: every primary shard allocated)
 */
@ConfigurationProperties("news.engine")
public record EngineProperties(Path dataDir, Path cacheDir, String heap, Path javaHome, Duration startTimeout) {

  public EngineSettings settings() {
    return EngineSettings.withDefaults(dataDir, cacheDir, heap, javaHome, startTimeout);
  }
}
