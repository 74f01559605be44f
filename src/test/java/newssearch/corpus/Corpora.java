package newssearch.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/** The folder of public corpora (BSNLP, NEREL, KazNERD, Telegram exports, the seed page) the corpus suite reads. */
public final class Corpora {

  static final String TAG = "corpus";
  static final String VARIABLE = "NEWS_CORPUS_DIR";

  private Corpora() {}

  /** A file or folder inside the corpora, e.g. {@code "bsnlp-ru/trump"}. */
  public static Path resolve(String relative) {
    return dir().resolve(relative);
  }

  /** {@link #resolve} as the string an ingest request takes. */
  public static String path(String relative) {
    return resolve(relative).toString();
  }

  private static Path dir() {
    String configured = System.getenv(VARIABLE);
    if (configured == null || configured.isBlank()) {
      throw new IllegalStateException("The corpus suite needs " + VARIABLE
          + " to name the folder of public corpora (in CI: NEWS_CORPUS_DIR=../shared/data ./mvnw verify -Pcorpus)");
    }
    Path dir = Path.of(configured);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(VARIABLE + "=" + configured + ": no such folder ("
          + dir.toAbsolutePath().normalize() + "); the corpus suite cannot run without the public corpora");
    }
    if (!Files.isDirectory(dir.resolve("seed"))) {
      throw new IllegalStateException(VARIABLE + "=" + configured + " (" + dir.toAbsolutePath().normalize()
          + ") is not the folder of public corpora: it has no seed/ folder");
    }
    return dir;
  }

  /**
   * Fails a corpus test class before it starts, so a missing folder is a failure and never a skip; also
   * before a per-class instance is made, which for a Spring test would first start the application.
   */
  public static final class RequirePresent implements BeforeAllCallback, TestInstancePreConstructCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      dir();
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
      dir();
    }
  }
}
