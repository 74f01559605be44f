package newssearch.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import newssearch.index.NewsIndex;
import newssearch.pipeline.IngestProgress;
import newssearch.pipeline.IngestProperties;
import newssearch.pipeline.IngestReport;
import newssearch.pipeline.Pipeline;
import newssearch.pipeline.read.InputFile;
import newssearch.pipeline.read.InputScanner;
import newssearch.pipeline.read.Readers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A load into the live alias through the {@link Pipeline}: the index made if missing, its refresh
 * relaxed for a large load and restored after, copies linked to the stories already stored, and
 * {@link ArticlesIngested} told when something was written.
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
  private final Pipeline pipeline;
  private final IngestProperties settings;
  private final KnownStories stories;
  private final ApplicationEventPublisher events;
  private final LoadSpans spans = new LoadSpans();
  private final AtomicLong loads = new AtomicLong();

  /** An ingest that tells no one of its loads. */
  Ingest(ElasticsearchClient client, NewsIndex index, Pipeline pipeline, IngestProperties settings,
      KnownStories stories) {
    this(client, index, pipeline, settings, stories, event -> {});
  }

  @Autowired
  Ingest(ElasticsearchClient client, NewsIndex index, Pipeline pipeline, IngestProperties settings,
      KnownStories stories, ApplicationEventPublisher events) {
    this.client = client;
    this.index = index;
    this.pipeline = pipeline;
    this.settings = settings;
    this.stories = stories;
    this.events = events;
  }

  /**
   * {@code end}, or an earlier time that cuts no load of this process: for a reader of what is new
   * since a time (an alert), the end of a window. A load still writing is not searchable before
   * it has been refreshed, so a window that ended past its start would leave its articles behind
   * unseen when the machine is slow; one that ended among a finished load's stamps would take the
   * load in two parts.
   */
  public Instant windowEnd(Instant end) {
    return spans.endOutside(end);
  }

  public IngestReport run(Request request, IngestProgress progress) throws IOException {
    Readers readers = pipeline.readers(request.fieldOverrides(), request.format());
    InputScanner.Inputs inputs = new InputScanner().scan(request.inputs());
    return run(inputs, readers, request.rejectsFile(), progress);
  }

  /** One input already in hand (an HTTP request's body), read with the default field names. */
  public IngestReport run(InputFile input, Path rejectsFile) throws IOException {
    return run(List.of(input), rejectsFile);
  }

  /** Inputs already in hand (a followed feed's answer, the article pages it links to), read with the default field names. */
  public IngestReport run(List<InputFile> inputs, Path rejectsFile) throws IOException {
    Readers readers = pipeline.readers(List.of(), null);
    return run(new InputScanner.Inputs(inputs, List.of(), List.of()), readers, rejectsFile, IngestProgress.NONE);
  }

  private IngestReport run(InputScanner.Inputs inputs, Readers readers, Path rejectsFile, IngestProgress progress)
      throws IOException {
    index.ensureExists();
    if (index.refreshIsOff()) {
      log.warn("Refresh was off on {}: an earlier load was interrupted. Turning it back on.", index.alias());
      index.restoreRefresh();
    }
    boolean relaxed = inputs.totalBytes() > settings.relaxRefreshAbove() * 1024L * 1024L;
    long id = loads.incrementAndGet();
    try (Pipeline.Load load = pipeline.start(inputs, readers, rejectsFile)) {
      // Articles take their ingested_at from a clock read after this one.
      Instant before = load.started().minusMillis(1);
      spans.started(id, before);
      if (relaxed) {
        index.relaxRefresh();
      }
      progress.started(load.totalBytes(), load.counts());
      String failure;
      try {
        failure = load.write(index.alias(), stories.get());
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
      long written = load.counts().indexed() + load.counts().updated();
      if (written > 0) {
        events.publishEvent(new ArticlesIngested(before, Instant.now(), written));
      }
      return load.report(failure);
    } finally {
      spans.finished(id, Instant.now());
    }
  }
}
