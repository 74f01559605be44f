package newssearch.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newssearch.article.Article;
import newssearch.enrich.Enricher;
import newssearch.enrich.EntityMatcher;
import newssearch.enrich.NearDuplicates;
import newssearch.index.NewsIndex;
import newssearch.ingest.read.FieldNames;
import newssearch.ingest.read.InputFile;
import newssearch.ingest.read.InputScanner;
import newssearch.ingest.read.Readers;
import newssearch.ingest.read.RecordSink;
import newssearch.ingest.read.Rejection;
import newssearch.ingest.read.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The ingest pipeline: inputs → readers → assembler (clean) → enricher → bulk writer → index.
 * Streaming end to end; a bad record is rejected alone; a failed cluster stops the load with what
 * was acknowledged kept, so a rerun completes it.
 */
@Component
public class Ingest {

  private static final Logger log = LoggerFactory.getLogger(Ingest.class);

  /**
   * One load.
   *
   * @param inputs         files, folders, zip archives
   * @param fieldOverrides {@code PART=NAME} pairs naming JSON keys or CSV columns
   * @param format         force a format for every input, or null to tell per file
   * @param rejectsFile    where to write rejections
   */
  public record Request(List<String> inputs, List<String> fieldOverrides, String format, Path rejectsFile) {}

  private final ElasticsearchClient client;
  private final NewsIndex index;
  private final IngestProperties settings;
  private final EntityMatcher entities;
  private final KnownStories stories;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json = new ObjectMapper();

  /** A pipeline that tells no one of its loads. */
  Ingest(ElasticsearchClient client, NewsIndex index, IngestProperties settings, EntityMatcher entities,
      KnownStories stories) {
    this(client, index, settings, entities, stories, event -> {});
  }

  @Autowired
  Ingest(ElasticsearchClient client, NewsIndex index, IngestProperties settings, EntityMatcher entities,
      KnownStories stories, ApplicationEventPublisher events) {
    this.client = client;
    this.index = index;
    this.settings = settings;
    this.entities = entities;
    this.stories = stories;
    this.events = events;
  }

  public IngestReport run(Request request, IngestProgress progress) throws IOException {
    Readers readers = new Readers(json, FieldNames.defaults().with(request.fieldOverrides()), request.format());
    InputScanner.Inputs inputs = new InputScanner().scan(request.inputs());
    return run(inputs, readers, request.rejectsFile(), progress);
  }

  /** One input already in hand (an HTTP request's body), read with the default field names. */
  public IngestReport run(InputFile input, Path rejectsFile) throws IOException {
    return run(List.of(input), rejectsFile);
  }

  /** Inputs already in hand (a followed feed's answer, the article pages it links to), read with the default field names. */
  public IngestReport run(List<InputFile> inputs, Path rejectsFile) throws IOException {
    Readers readers = new Readers(json, FieldNames.defaults(), null);
    return run(new InputScanner.Inputs(inputs, List.of(), List.of()), readers, rejectsFile, IngestProgress.NONE);
  }

  /**
   * Loads the inputs into a versioned index that a reindex is building, outside the alias: the same
   * reading, cleaning and enrichment as {@link #run}, with near-duplicates found among these inputs
   * only, as in a first load. The index's refresh is the reindex's business.
   */
  public IngestReport rebuild(String targetIndex, Request request, IngestProgress progress) throws IOException {
    Readers readers = new Readers(json, FieldNames.defaults().with(request.fieldOverrides()), request.format());
    InputScanner.Inputs inputs = new InputScanner().scan(request.inputs());
    IngestCounts counts = new IngestCounts();
    Instant started = Instant.now();
    try (RejectsFile rejects = new RejectsFile(request.rejectsFile())) {
      inputs.problems().forEach(p -> reject(p, counts, rejects));
      progress.started(inputs.totalBytes(), counts);
      String failure;
      try {
        failure = load(inputs.files(), readers, counts, rejects, targetIndex, new NearDuplicates(NearDuplicates.COPY_THRESHOLD));
      } finally {
        progress.finished();
      }
      return report(inputs, counts, started, rejects, failure);
    }
  }

  private IngestReport run(InputScanner.Inputs inputs, Readers readers, Path rejectsFile, IngestProgress progress)
      throws IOException {
    index.ensureExists();
    if (index.refreshIsOff()) {
      log.warn("Refresh was off on {}: an earlier load was interrupted. Turning it back on.", index.alias());
      index.restoreRefresh();
    }
    IngestCounts counts = new IngestCounts();
    Instant started = Instant.now();
    // Articles take their ingested_at from a clock read after this one.
    Instant before = started.minusMillis(1);
    String failure = null;
    boolean relaxed = inputs.totalBytes() > settings.relaxRefreshAbove() * 1024L * 1024L;
    try (RejectsFile rejects = new RejectsFile(rejectsFile)) {
      inputs.problems().forEach(p -> reject(p, counts, rejects));
      if (relaxed) {
        index.relaxRefresh();
      }
      progress.started(inputs.totalBytes(), counts);
      try {
        failure = load(inputs.files(), readers, counts, rejects, index.alias(), stories.get());
      } finally {
        progress.finished();
      }
      try {
        if (relaxed) {
          index.restoreRefresh();
        } else {
          client.indices().refresh(r -> r.index(index.alias()));
        }
      } catch (IOException | RuntimeException e) {
        if (failure == null) {
          throw e;
        }
        // The cluster is gone: the load's own failure is the news; the next ingest restores refresh.
        log.warn("Could not restore refresh after the failed load: {}", e.getMessage());
      }
      if (counts.indexed() + counts.updated() > 0) {
        events.publishEvent(new ArticlesIngested(before, Instant.now(), counts.indexed() + counts.updated()));
      }
      return report(inputs, counts, started, rejects, failure);
    }
  }

  private static IngestReport report(InputScanner.Inputs inputs, IngestCounts counts, Instant started,
      RejectsFile rejects, String failure) {
    Path rejectsPath = rejects.written() > 0 ? rejects.path() : null;
    return new IngestReport(counts, inputs.skipped().size(), Duration.between(started, Instant.now()), rejectsPath,
        rejects.first(), failure);
  }

  /** Reads every file into the writer; returns why the load stopped early, or null. */
  private String load(List<InputFile> files, Readers readers, IngestCounts counts, RejectsFile rejects,
      String target, NearDuplicates knownStories) {
    ArticleAssembler assembler = new ArticleAssembler(settings.maxArticleMegabytes() << 20);
    Enricher enricher = new Enricher(entities, knownStories);
    try (BulkWriter writer = new BulkWriter(client, target, settings, counts, rejects)) {
      RecordSink sink = new RecordSink() {
        @Override
        public void accept(SourceRecord record) {
          counts.read.increment();
          try {
            Article article = enricher.enrich(assembler.assemble(record, Instant.now()));
            if (article.duplicateOf() != null) {
              counts.duplicates.increment();
            }
            writer.write(article, record.origin(), record.position());
          } catch (InvalidArticleException e) {
            Ingest.reject(Rejection.of(record.origin(), record.position(), e.getMessage(), record.title()), counts, rejects);
          } catch (BulkWriter.ClusterFailedException e) {
            throw new LoadStopped(e);
          }
        }

        @Override
        public void reject(Rejection rejection) {
          Ingest.reject(rejection, counts, rejects);
        }
      };
      for (InputFile file : files) {
        readers.read(file, sink, counts.bytesRead);
      }
    } catch (LoadStopped | BulkWriter.ClusterFailedException stopped) {
      return stopped.getMessage();
    }
    return null;
  }

  private static void reject(Rejection rejection, IngestCounts counts, RejectsFile rejects) {
    counts.rejected.increment();
    rejects.accept(rejection);
  }

  /** Carries the writer's failure out through the readers, which only pass unchecked exceptions on. */
  private static final class LoadStopped extends RuntimeException {
    LoadStopped(BulkWriter.ClusterFailedException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
