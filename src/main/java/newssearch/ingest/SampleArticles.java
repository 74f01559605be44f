package newssearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newssearch.index.NewsIndex;
import newssearch.pipeline.IngestProgress;
import newssearch.pipeline.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Loads the project's sample articles into an empty index, so a first start has something to show.
 * An index that has articles is never touched.
 */
@Component
public class SampleArticles {

  /**
   * @param dir           the folder of sample articles ({@code samples/} of the repository)
   * @param loadWhenEmpty whether {@code serve} loads them into an empty index
   */
  @ConfigurationProperties("news.samples")
  public record Settings(Path dir, boolean loadWhenEmpty) {}

  private static final Logger log = LoggerFactory.getLogger(SampleArticles.class);

  private final Settings settings;
  private final NewsIndex index;
  private final Ingest ingest;

  SampleArticles(Settings settings, NewsIndex index, Ingest ingest) {
    this.settings = settings;
    this.index = index;
    this.ingest = ingest;
  }

  public void loadIfEmpty() throws IOException {
    if (!settings.loadWhenEmpty() || settings.dir() == null || index.status().documents() > 0) {
      return;
    }
    if (!Files.isDirectory(settings.dir())) {
      // The default folder is relative: a jar started outside the project's folder finds none.
      log.warn("The index is empty and there is no sample folder {}: set news.samples.dir (NEWS_SAMPLES_DIR)"
          + " or start from the project's folder", settings.dir().toAbsolutePath());
      return;
    }
    Path rejects = Files.createTempFile("news-search-sample-rejects-", ".jsonl");
    IngestReport report = ingest.run(new Ingest.Request(List.of(settings.dir().toString()), List.of(), null, rejects),
        IngestProgress.NONE);
    log.info("The index was empty: loaded {} sample articles from {} ({} rejected)", report.counts().written(),
        settings.dir(), report.counts().rejected());
    Files.deleteIfExists(rejects);
  }
}
