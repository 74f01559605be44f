package newssearch.index.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import newssearch.article.Article;
import newssearch.index.NewsIndex;
import newssearch.index.reindex.ReindexJob.Phase;
import newssearch.pipeline.ArticleAssembler;
import newssearch.pipeline.BulkWriter;
import newssearch.pipeline.IngestCounts;
import newssearch.pipeline.IngestReport;
import newssearch.pipeline.Pipeline;
import newssearch.pipeline.read.InputScanner;

/**
 * One job's phases, in order: create the new index; copy every article of a snapshot of the live
 * index (or read the original files) through today's cleaning and enrichment; catch up with what
 * was written meanwhile; verify; switch the alias; copy what landed in the old index up to the
 * switch; drop indices beyond the retention. Each phase is recorded before it starts, so a job
 * killed anywhere leaves a record of where it was.
 */
final class ReindexRun {

  /** Catch-up passes stop when one copies fewer than this, or after {@link #MAX_PASSES}. */
  private static final int QUIET_PASS = 100;
  private static final int MAX_PASSES = 3;

  /** What a run needs from the rest of the service. */
  record Tools(ElasticsearchClient client, NewsIndex index, Pipeline pipeline, ReindexProperties settings,
      JobStore store) {}

  private final Tools tools;
  private final JobProgress progress;
  private final ReindexListener listener;
  private final List<String> fromFiles;
  private final UnaryOperator<Article> reprocess;

  ReindexRun(Tools tools, JobProgress progress, ReindexListener listener, List<String> fromFiles) {
    this.tools = tools;
    this.progress = progress;
    this.listener = listener;
    this.fromFiles = fromFiles;
    this.reprocess = tools.pipeline().reprocessor();
  }

  ReindexJob run(Instant started) throws Exception {
    String source = progress.source();
    String target = progress.target();
    tools.index().createBuildIndex(target);
    Instant since = started.minus(tools.settings().catchUpMargin());

    enter(Phase.COPYING);
    if (fromFiles == null) {
      copySnapshot(source, target);
    } else {
      rebuildFromFiles(target);
    }
    if (progress.rejected.get() > 0) {
      throw new IllegalStateException(progress.rejected.get() + " articles were refused by the new index");
    }

    enter(Phase.CATCHING_UP);
    Instant nextSince = catchUp(source, target, since);

    enter(Phase.VERIFYING);
    tools.index().finishBuilding(target);
    awaitAllocation(target);
    Verification verification = new Verification(tools.client(), fromFiles == null ? tools.settings().sampleSize() : 0);
    progress.sampled.set(verification.verify(source, target, progress.expected(), since, ArticleAssembler::reclean));

    enter(Phase.SWITCHING);
    tools.index().switchAlias(source, target);

    enter(Phase.FINISHING);
    finish(source, target, nextSince);
    enter(Phase.DONE);
    return progress.snapshot(ReindexJob.Status.SUCCEEDED, Instant.now(), "switched from " + source + " to " + target);
  }

  /**
   * Replicas are copied from the primaries once restored; the switch waits for them (up to
   * {@code news.reindex.allocation-timeout}) so the new index is as safe as the old from the start.
   * Replicas still missing then are only logged; a missing primary fails the job.
   */
  private void awaitAllocation(String target) throws IOException {
    if (tools.index().awaitAllocated(target, tools.settings().allocationTimeout()) == HealthStatus.Red) {
      throw new IllegalStateException(target + " still has unassigned primary shards after "
          + tools.settings().allocationTimeout());
    }
  }

  private void enter(Phase phase) throws Exception {
    // One record at a time with the heartbeat's: a beat's older snapshot must not land after this one.
    synchronized (progress) {
      progress.enter(phase);
      tools.store().save(progress.snapshot(ReindexJob.Status.RUNNING, null, null));
    }
    listener.entering(phase, progress);
  }

  private void copySnapshot(String source, String target) throws Exception {
    IngestCounts counts = new IngestCounts();
    progress.copyCounts = counts;
    try (ArticleSnapshot snapshot = ArticleSnapshot.open(tools.client(), source, Query.of(q -> q.matchAll(m -> m)),
        tools.settings().slices(), tools.settings().pageSize());
        BulkWriter writer = tools.pipeline().writer(target, counts, rejection -> {
          progress.rejected.incrementAndGet();
          progress.error(rejection.reason());
        })) {
      progress.expected.set(snapshot.total());
      snapshot.forEach(article -> writer.write(reprocess.apply(article), source, 0));
    }
    progress.copied.set(counts.written());
    progress.copyCounts = null;
  }

  /**
   * Reads the original inputs through the same pipeline as an ingest, with near-duplicates found
   * among these inputs only, as in a first load. The new index's refresh is the job's business.
   */
  private void rebuildFromFiles(String target) throws Exception {
    Path rejects = Files.createTempFile("news-search-reindex-rejects-", ".jsonl");
    Pipeline pipeline = tools.pipeline();
    InputScanner.Inputs inputs = new InputScanner().scan(fromFiles);
    IngestReport report;
    try (Pipeline.Load load = pipeline.start(inputs, pipeline.readers(List.of(), null), rejects)) {
      progress.copyCounts = load.counts();
      report = load.report(load.write(target, pipeline.newStories()));
    }
    if (!report.completed()) {
      throw new IllegalStateException(report.failure());
    }
    IngestCounts counts = report.counts();
    // Inputs may hold one article twice (the same address): "indexed" counts the distinct ones.
    progress.expected.set(counts.indexed());
    progress.copied.set(counts.written());
    progress.copyCounts = null;
    if (counts.rejected() > 0) {
      progress.error(counts.rejected() + " input records rejected (see " + report.rejectsFile() + ")");
    }
  }

  /** Passes over the writes made since the job began until one finds almost none; returns where the next pass would start. */
  private Instant catchUp(String source, String target, Instant since) throws Exception {
    CatchUp catchUp = new CatchUp(tools.client(), tools.settings(), reprocess);
    Instant from = since;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Instant passStarted = Instant.now();
      long copied = catchUp.copy(source, target, from);
      progress.caughtUp.addAndGet(copied);
      from = passStarted.minus(tools.settings().catchUpMargin());
      if (copied < QUIET_PASS) {
        break;
      }
    }
    return from;
  }

  /**
   * After the switch nothing more is written to the old index: what landed there since the last
   * catch-up pass is copied now, then the counts are taken and old indices beyond the retention go.
   */
  void finish(String source, String target, Instant since) throws Exception {
    progress.caughtUp.addAndGet(new CatchUp(tools.client(), tools.settings(), reprocess).copy(source, target, since));
    tools.client().indices().refresh(r -> r.index(target));
    progress.sourceDocuments.set(tools.client().count(c -> c.index(source)).count());
    progress.targetDocuments.set(tools.client().count(c -> c.index(target)).count());
    List<String> older = tools.index().versions().stream().filter(i -> !i.equals(target)).toList();
    // Versions are numbered in creation order; the newest older ones are kept for a rollback.
    for (String index : older.subList(0, Math.max(0, older.size() - tools.settings().keepOld()))) {
      tools.index().deleteIndex(index);
    }
  }
}
