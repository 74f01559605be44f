package newssearch.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import newssearch.engine.EngineSettings;
import newssearch.engine.RussianDictionary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The one Elasticsearch node a test run shares, chosen by the same rule as the application:
 * {@code NEWS_ES_URL} if set, else the official image under Testcontainers when a Docker engine
 * answers, else the embedded engine. Test classes get fresh index names from {@link #uniqueAlias}.
 */
public final class TestCluster {

  private static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";
  private static final AtomicInteger aliases = new AtomicInteger();
  private static TestCluster instance;

  private final String kind;
  private final ElasticsearchConnection connection;
  private final Path embeddedDataDir; // null unless the node is the embedded engine
  private final AutoCloseable owner; // what else to stop or remove after the connection closes

  private TestCluster(String kind, ElasticsearchConnection connection, Path embeddedDataDir, AutoCloseable owner) {
    this.kind = kind;
    this.connection = connection;
    this.embeddedDataDir = embeddedDataDir;
    this.owner = owner;
  }

  /** Starts the node on first use; it is stopped when the test JVM exits. */
  public static synchronized TestCluster get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "test-cluster-stop"));
    }
    return instance;
  }

  private static TestCluster start() {
    String configured = System.getenv("NEWS_ES_URL");
    if (configured != null && !configured.isBlank()) {
      var props = new ElasticsearchProperties(configured, System.getenv("NEWS_ES_API_KEY"),
          System.getenv("NEWS_ES_USERNAME"), System.getenv("NEWS_ES_PASSWORD"), null);
      return new TestCluster("NEWS_ES_URL", ElasticsearchConnection.open(props, null), null, null);
    }
    if (dockerAvailable()) {
      Path dictionary = russianDictionary();
      String inContainer = "/usr/share/elasticsearch/config/hunspell/" + RussianDictionary.LOCALE + "/";
      ElasticsearchContainer container = new ElasticsearchContainer(IMAGE)
          .withEnv("xpack.security.enabled", "false")
          .withEnv("ES_JAVA_OPTS", "-Xms1g -Xmx1g")
          .withCopyFileToContainer(MountableFile.forHostPath(dictionary.resolve("ru_RU.aff")), inContainer + "ru_RU.aff")
          .withCopyFileToContainer(MountableFile.forHostPath(dictionary.resolve("ru_RU.dic")), inContainer + "ru_RU.dic");
      container.start();
      var props = new ElasticsearchProperties("http://" + container.getHttpHostAddress(), null, null, null, null);
      return new TestCluster("Testcontainers " + IMAGE, ElasticsearchConnection.open(props, null), null, container);
    }
    Path dataDir = testDataDir();
    ElasticsearchConnection embedded = ElasticsearchConnection.open(
        new ElasticsearchProperties(null, null, null, null, null),
        new EngineProperties(dataDir, null, "1g", null, Duration.ofMinutes(3), 1));
    embedded.awaitReady();
    return new TestCluster("embedded engine", embedded, dataDir, () -> FileSystemUtils.deleteRecursively(dataDir));
  }

  /** The stock image has no Russian Hunspell dictionary; the mapping's lemmatiser needs one. */
  private static Path russianDictionary() {
    try {
      return new RussianDictionary(EngineSettings.withDefaults(null, null, null, null, null, null).cacheDir()).folder();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A fresh data folder that the node's user can reach even when tests run as root from a private folder. */
  private static Path testDataDir() {
    try {
      Path dir = Files.createTempDirectory(Path.of("/tmp"), "news-search-test-");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return connection.url();
  }

  public ElasticsearchClient client() {
    return connection.client();
  }

  /** Which of the three kinds of node this run uses. */
  public String kind() {
    return kind;
  }

  /** The data folder of the embedded engine, when that is this run's node. */
  public Optional<Path> embeddedDataDir() {
    return Optional.ofNullable(embeddedDataDir);
  }

  /** Points the application under test at this run's node, reading and writing through {@code alias}. */
  public static void serve(DynamicPropertyRegistry registry, String alias) {
    registry.add("news.elasticsearch.url", get()::url);
    registry.add("news.index.alias", () -> alias);
  }

  /** An alias no other test class uses, so each class starts from an empty index. */
  public static String uniqueAlias(Class<?> testClass) {
    return ("test-" + testClass.getSimpleName() + "-" + ProcessHandle.current().pid() + "-" + aliases.incrementAndGet())
        .toLowerCase(Locale.ROOT);
  }

  private void close() {
    try {
      connection.close();
      if (owner != null) {
        owner.close();
      }
    } catch (Exception e) {
      System.err.println("Could not stop the test cluster: " + e);
    }
  }
}
