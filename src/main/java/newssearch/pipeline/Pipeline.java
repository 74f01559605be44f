package newssearch.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import newssearch.article.Article;
import newssearch.article.ArticleFields;
import newssearch.enrich.Enricher;
import newssearch.enrich.EntityMatcher;
import newssearch.enrich.NearDuplicates;
import newssearch.pipeline.read.FieldNames;
import newssearch.pipeline.read.InputFile;
import newssearch.pipeline.read.InputScanner;
import newssearch.pipeline.read.Readers;
import newssearch.pipeline.read.RecordSink;
import newssearch.pipeline.read.Rejection;
import newssearch.pipeline.read.SourceRecord;
import org.springframework.stereotype.Component;

/**
 * read → clean → enrich → write: inputs → readers → assembler (clean) → enricher → bulk writer →
 * an index. A load into the live alias ({@code ingest}) and a reindex (copying stored articles, or
 * rebuilding from the original files) both stand on it; which index is written, and its refresh,
 * are theirs. Streaming end to end; a bad record is rejected alone; a failed cluster stops the load
 * with what was acknowledged kept, so a rerun completes it.
 */
@Component
public class Pipeline {

  private final ElasticsearchClient client;
  private final IngestProperties settings;
  private final EntityMatcher entities;
  private final ObjectMapper json = new ObjectMapper();

  public Pipeline(ElasticsearchClient client, IngestProperties settings, EntityMatcher entities) {
    this.client = client;
    this.settings = settings;
    this.entities = entities;
  }

  /**
   * Readers for one load.
   *
   * @param fieldOverrides {@code PART=NAME} pairs naming JSON keys or CSV columns
   * @param format         force a format for every input, or null to tell per file
   */
  public Readers readers(List<String> fieldOverrides, String format) {
    return new Readers(json, FieldNames.defaults().with(fieldOverrides), format);
  }

  /** Starts one load of the inputs: its problems are rejected at once, its rejections go to {@code rejectsFile}. */
  public Load start(InputScanner.Inputs inputs, Readers readers, Path rejectsFile) {
    return new Load(inputs, readers, rejectsFile);
  }

  /** A bulk writer into {@code target}, batched as configured. */
  public BulkWriter writer(String target, IngestCounts counts, Consumer<Rejection> rejects) {
    return new BulkWriter(client, target, settings, counts, rejects);
  }

  /**
   * Today's cleaning and enrichment run again over stored articles, for a reindex. Near-duplicates
   * are found among the articles this one function is given, in the order given.
   */
  public UnaryOperator<Article> reprocessor() {
    Enricher enricher = new Enricher(entities, newStories());
    return article -> enricher.enrich(ArticleAssembler.reclean(article));
  }

  /** A near-duplicate detector that knows no story yet and remembers as many as configured. */
  public NearDuplicates newStories() {
    return new NearDuplicates(NearDuplicates.COPY_THRESHOLD, settings.knownStories());
  }

  /** One load: its totals, its rejects file, its clock. */
  public final class Load implements AutoCloseable {
    private final InputScanner.Inputs inputs;
    private final Readers readers;
    private final IngestCounts counts = new IngestCounts();
    private final Instant started = Instant.now();
    private final RejectsFile rejects;

    private Load(InputScanner.Inputs inputs, Readers readers, Path rejectsFile) {
      this.inputs = inputs;
      this.readers = readers;
      this.rejects = new RejectsFile(rejectsFile);
      try {
        inputs.problems().forEach(this::reject);
      } catch (RuntimeException e) {
        try {
          rejects.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }

    /** The totals, updated live while {@link #write} runs. */
    public IngestCounts counts() {
      return counts;
    }

    public Instant started() {
      return started;
    }

    public long totalBytes() {
      return inputs.totalBytes();
    }

    /**
     * Reads every file through cleaning and enrichment into {@code target}; returns why the load
     * stopped early, or null.
     *
     * @param knownStories the stories a copy is linked to, kept up to date by this load
     */
    public String write(String target, NearDuplicates knownStories) throws IOException {
      ArticleAssembler assembler = new ArticleAssembler(settings.maxArticleMegabytes() << 20);
      Enricher enricher = new Enricher(entities, knownStories);
      boolean keepsSignatures = StoredArticles.maps(client, target, ArticleFields.MINHASH);
      try (BulkWriter writer = writer(target, counts, rejects)) {
        RecordSink sink = new RecordSink() {
          @Override
          public void accept(SourceRecord record) {
            counts.read.increment();
            try {
              Article article = enricher.enrich(assembler.assemble(record, Instant.now()));
              if (article.duplicateOf() != null) {
                counts.duplicates.increment();
              }
              writer.write(keepsSignatures ? article : article.withoutMinhash(), record.origin(), record.position());
            } catch (InvalidArticleException e) {
              Load.this.reject(Rejection.of(record.origin(), record.position(), e.getMessage(), record.title()));
            } catch (BulkWriter.ClusterFailedException e) {
              throw new LoadStopped(e);
            }
          }

          @Override
          public void reject(Rejection rejection) {
            Load.this.reject(rejection);
          }
        };
        for (InputFile file : inputs.files()) {
          readers.read(file, sink, counts.bytesRead);
        }
      } catch (LoadStopped | BulkWriter.ClusterFailedException stopped) {
        return stopped.getMessage();
      }
      return null;
    }

    /** What the load did, timed from its start to now. */
    public IngestReport report(String failure) {
      Path rejectsPath = rejects.written() > 0 ? rejects.path() : null;
      return new IngestReport(counts, inputs.skipped().size(), Duration.between(started, Instant.now()), rejectsPath,
          rejects.first(), failure);
    }

    private void reject(Rejection rejection) {
      counts.rejected.increment();
      rejects.accept(rejection);
    }

    @Override
    public void close() throws IOException {
      rejects.close();
    }
  }

  /** Carries the writer's failure out through the readers, which only pass unchecked exceptions on. */
  private static final class LoadStopped extends RuntimeException {
    LoadStopped(BulkWriter.ClusterFailedException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
