package newssearch.index.reindex;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import newssearch.pipeline.IngestCounts;

/** The live state of one running job, updated by its threads, from which the stored {@link ReindexJob} is taken. */
public final class JobProgress {

  private static final int MAX_ERRORS = 20;

  private final String id;
  private final String owner;
  private final String source;
  private final String target;
  private final List<String> fromFiles;
  private final Instant startedAt;
  final AtomicLong expected = new AtomicLong();
  final AtomicLong copied = new AtomicLong();
  final AtomicLong caughtUp = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();
  final AtomicLong sampled = new AtomicLong();
  final AtomicLong sourceDocuments = new AtomicLong();
  final AtomicLong targetDocuments = new AtomicLong();
  private final Map<String, Long> phaseMillis = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  /** The totals of the copy under way, while it runs: read live for progress. */
  volatile IngestCounts copyCounts;
  private volatile ReindexJob.Phase phase = ReindexJob.Phase.PREPARING;
  private volatile Instant phaseStarted;

  JobProgress(String id, String owner, String source, String target, List<String> fromFiles, Instant startedAt) {
    this.id = id;
    this.owner = owner;
    this.source = source;
    this.target = target;
    this.fromFiles = fromFiles;
    this.startedAt = startedAt;
    this.phaseStarted = startedAt;
  }

  /** The progress of a job read back from its record, to finish it after its process died. */
  static JobProgress resumed(ReindexJob job) {
    JobProgress progress = new JobProgress(job.id(), JobOwner.self(), job.source(), job.target(), job.fromFiles(),
        job.startedAt());
    if (job.counts() != null) {
      progress.expected.set(job.counts().expected());
      progress.copied.set(job.counts().copied());
      progress.caughtUp.set(job.counts().caughtUp());
      progress.sampled.set(job.counts().sampled());
    }
    if (job.phaseMillis() != null) {
      progress.phaseMillis.putAll(job.phaseMillis());
    }
    progress.phase = job.phase();
    return progress;
  }

  public String id() {
    return id;
  }

  public ReindexJob.Phase phase() {
    return phase;
  }

  public long expected() {
    return expected.get();
  }

  public long copied() {
    IngestCounts running = copyCounts;
    return running != null ? running.written() : copied.get();
  }

  public long caughtUp() {
    return caughtUp.get();
  }

  String target() {
    return target;
  }

  String source() {
    return source;
  }

  void enter(ReindexJob.Phase next) {
    Instant now = Instant.now();
    phaseMillis.put(phase.name().toLowerCase(Locale.ROOT), Duration.between(phaseStarted, now).toMillis());
    phase = next;
    phaseStarted = now;
  }

  void error(String message) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(message);
    }
  }

  ReindexJob snapshot(ReindexJob.Status status, Instant finishedAt, String note) {
    return new ReindexJob(id, status, phase, owner, source, target, fromFiles, startedAt, Instant.now(), finishedAt,
        new ReindexJob.Counts(expected.get(), copied(), caughtUp.get(), rejected.get(), sampled.get(),
            sourceDocuments.get(), targetDocuments.get()),
        Map.copyOf(phaseMillis), List.copyOf(errors), note);
  }
}
