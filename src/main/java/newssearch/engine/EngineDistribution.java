package newssearch.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch installation the embedded engine runs: the official integ-test distribution from
 * Maven Central, unpacked once into a cache folder, with the project's analysis plugin installed.
 *
 * <p>Each install is keyed by the plugin's hash, so a rebuilt plugin gets a fresh install while a
 * node started from the previous one keeps running undisturbed.
 */
final class EngineDistribution {

  private static final String PLUGIN_RESOURCE = "/engine/news-search-analysis.zip";
  private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
  private static final String ARTIFACT_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch/";

  private static final Logger log = LoggerFactory.getLogger(EngineDistribution.class);

  private final Path cacheDir;

  EngineDistribution(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  static String elasticsearchVersion() {
    try (InputStream in = EngineDistribution.class.getResourceAsStream("/engine/engine.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("elasticsearch.version");
    } catch (IOException | NullPointerException e) {
      throw new EngineException("engine/engine.properties is missing from the build", e);
    }
  }

  /** Returns the home folder of a ready installation, creating it on first use. */
  Path install() {
    String version = elasticsearchVersion();
    byte[] plugin = readPlugin();
    Path home = cacheDir.resolve("elasticsearch-" + version + "-" + sha256(plugin).substring(0, 12));
    if (Files.isRegularFile(home.resolve(".complete"))) {
      return home;
    }
    try {
      Files.createDirectories(cacheDir);
      Path zip = distributionZip(version);
      Path staging = Files.createTempDirectory(cacheDir, "install-");
      log.info("Unpacking Elasticsearch " + version + " into " + home);
      Path unpacked = unzip(zip, staging);
      FilePermissions.openForReading(unpacked);
      Path pluginZip = staging.resolve("news-search-analysis.zip");
      Files.write(pluginZip, plugin);
      installPlugin(unpacked, pluginZip);
      Files.delete(pluginZip);
      FilePermissions.openForReading(unpacked);
      Files.createFile(unpacked.resolve(".complete"));
      try {
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException raced) {
        // Another command finished the same install first; its copy is as good as ours.
        if (!Files.isRegularFile(home.resolve(".complete"))) {
          throw raced;
        }
      }
      FilePermissions.deleteTree(staging);
      return home;
    } catch (IOException e) {
      throw new EngineException("Could not install Elasticsearch into " + cacheDir + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readPlugin() {
    try (InputStream in = EngineDistribution.class.getResourceAsStream(PLUGIN_RESOURCE)) {
      if (in == null) {
        throw new EngineException("The analysis plugin " + PLUGIN_RESOURCE + " is missing: build with ./mvnw package");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The local Maven repository first (the build put it there), else a verified download from Central. */
  private Path distributionZip(String version) throws IOException {
    String file = "elasticsearch-" + version + ".zip";
    Path local = localMavenRepository().resolve(ARTIFACT_PATH + version + "/" + file);
    if (Files.isRegularFile(local)) {
      return local;
    }
    Path downloaded = cacheDir.resolve(file);
    if (Files.isRegularFile(downloaded)) {
      return downloaded;
    }
    String url = CENTRAL + ARTIFACT_PATH + version + "/" + file;
    String sha1 = VerifiedDownload.text(url + ".sha1").trim().split("\\s+")[0];
    return VerifiedDownload.fetch(url, downloaded, "SHA-1", sha1);
  }

  private static Path localMavenRepository() {
    String configured = System.getProperty("maven.repo.local");
    return configured != null
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  /** Unpacks the distribution and returns its top folder ({@code elasticsearch-<version>}). */
  private static Path unzip(Path zip, Path into) throws IOException {
    Path top = null;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("zip entry outside its folder: " + entry.getName());
        }
        if (top == null) {
          top = into.resolve(into.relativize(target).getName(0));
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    if (top == null) {
      throw new IOException(zip + " is empty");
    }
    return top;
  }

  private void installPlugin(Path home, Path pluginZip) throws IOException {
    Path installLog = home.resolve("logs").resolve("plugin-install.log");
    Files.createDirectories(installLog.getParent());
    ProcessBuilder install = new ProcessBuilder(
        home.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch", pluginZip.toUri().toString())
        .redirectErrorStream(true)
        .redirectOutput(installLog.toFile());
    install.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
    install.environment().put("ES_PATH_CONF", home.resolve("config").toString());
    try {
      int exit = install.start().waitFor();
      if (exit != 0) {
        throw new IOException("elasticsearch-plugin install exited " + exit + ":\n" + Files.readString(installLog));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while installing the analysis plugin", e);
    }
  }

  static String sha256(byte[] bytes) {
    return VerifiedDownload.digest("SHA-256", bytes);
  }
}
