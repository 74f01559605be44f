package newssearch.index.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newssearch.index.NewsIndex;
import newssearch.pipeline.Pipeline;
import newssearch.pipeline.read.InputScanner;
import newssearch.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reindexing jobs: one at a time per alias (a lock document in the cluster), recorded as they run,
 * and recovered when the process that ran one died: a job that had not switched yet is abandoned and
 * its half-built index deleted, one that had switched is finished. Also rollback and removal of old
 * indices, under the same lock.
 */
@Component
public class Reindexer {

  private static final Logger log = LoggerFactory.getLogger(Reindexer.class);
  private static final DateTimeFormatter JOB_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final long HEARTBEAT_SECONDS = 2;

  /** A started job: {@link #run} does the work (on the caller's thread); {@code job} is its first record. */
  public final class Launch {
    private final ReindexJob job;
    private final ReindexRun work;
    private final JobProgress progress;

    private Launch(ReindexJob job, ReindexRun work, JobProgress progress) {
      this.job = job;
      this.work = work;
      this.progress = progress;
    }

    public ReindexJob job() {
      return job;
    }

    /** Runs the job to its end and returns its final record; a failure is recorded there, not thrown. */
    public ReindexJob run() {
      return work == null ? job : Reindexer.this.run(work, progress);
    }
  }

  private final ReindexRun.Tools tools;
  private final NewsIndex index;
  private final JobStore store;
  private final ReindexProperties settings;

  Reindexer(ElasticsearchClient client, NewsIndex index, Pipeline pipeline, ReindexProperties settings) {
    this.index = index;
    this.settings = settings;
    this.store = new JobStore(client, index.alias(), index.layout());
    this.tools = new ReindexRun.Tools(client, index, pipeline, settings, store);
  }

  /**
   * Takes the lock and records a new job, or finishes a dead job that had already switched. Throws
   * {@link ReindexRunningException} while another job runs, and an
   * {@link newssearch.system.InvalidInputException} before anything when an input path is not there.
   *
   * @param fromFiles original inputs to rebuild from, or null to copy the live index
   */
  public Launch start(List<String> fromFiles, ReindexListener listener) throws IOException {
    if (fromFiles != null) {
      InputScanner.requireExisting(fromFiles);
    }
    String id = "reindex-" + JOB_STAMP.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 6);
    Optional<ReindexJob> finished = lock(id);
    if (finished.isPresent()) {
      store.unlock(id);
      return new Launch(finished.get(), null, null);
    }
    try {
      String source = index.liveIndex().orElseThrow(() -> new ConflictException(
          "The alias " + index.alias() + " does not exist yet: there is nothing to reindex."));
      JobProgress progress = new JobProgress(id, JobOwner.self(), source, index.nextIndexName(), fromFiles,
          Instant.now());
      // Recorded, target name included, before the target exists: a rerun after a crash finds what to remove.
      ReindexJob first = progress.snapshot(ReindexJob.Status.RUNNING, null, null);
      store.save(first);
      return new Launch(first, new ReindexRun(tools, progress, listener, fromFiles), progress);
    } catch (IOException | RuntimeException e) {
      store.unlock(id);
      throw e;
    }
  }

  public Optional<ReindexJob> job(String id) throws IOException {
    return store.find(id);
  }

  /** Points the alias back at the newest earlier index kept; returns it. */
  public String rollback() throws IOException {
    String id = "rollback-" + JOB_STAMP.format(Instant.now());
    lock(id);
    try {
      String live = index.liveIndex().orElseThrow(() -> new ConflictException(
          "The alias " + index.alias() + " does not exist: nothing to roll back."));
      List<String> versions = index.versions();
      int at = versions.indexOf(live);
      if (at <= 0) {
        throw new ConflictException("No earlier index of " + index.alias() + " is kept: nothing to roll back to.");
      }
      String previous = versions.get(at - 1);
      index.switchAlias(live, previous);
      return previous;
    } finally {
      store.unlock(id);
    }
  }

  /** Deletes every versioned index but the live one; returns their names. */
  public List<String> deleteOld() throws IOException {
    String id = "delete-old-" + JOB_STAMP.format(Instant.now());
    lock(id);
    try {
      String live = index.liveIndex().orElse(null);
      List<String> old = index.versions().stream().filter(i -> !i.equals(live)).toList();
      for (String name : old) {
        index.deleteIndex(name);
      }
      return old;
    } finally {
      store.unlock(id);
    }
  }

  private ReindexJob run(ReindexRun work, JobProgress progress) {
    JobOwner.running(progress.id());
    ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "reindex-heartbeat");
      t.setDaemon(true);
      return t;
    });
    heartbeat.scheduleAtFixedRate(() -> beat(progress), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    try {
      ReindexJob done;
      try {
        done = work.run(Instant.now());
      } catch (Exception e) {
        done = fail(progress, e);
      }
      stop(heartbeat);
      save(done);
      store.unlock(progress.id());
      return done;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // Errors are not caught: a job stopped dead (as by kill -9) must look dead, for the rerun to recover.
      heartbeat.shutdownNow();
      JobOwner.stopped(progress.id());
    }
  }

  /** Stops the heartbeat and waits for a beat under way, so it cannot overwrite the final record. */
  private static void stop(ScheduledExecutorService heartbeat) {
    heartbeat.shutdownNow();
    try {
      heartbeat.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ReindexJob fail(JobProgress progress, Exception e) throws IOException {
    log.error("Reindex job {} failed during {}: {}", progress.id(), progress.phase(), e.getMessage());
    progress.error(e.getMessage() == null ? e.toString() : e.getMessage());
    String note = "failed during " + progress.phase() + "; the alias stays on " + progress.source();
    if (!isLive(progress.target())) {
      index.deleteIndex(progress.target());
      note += "; " + progress.target() + " was removed";
    }
    return progress.snapshot(ReindexJob.Status.FAILED, Instant.now(), note);
  }

  private void beat(JobProgress progress) {
    try {
      store.heartbeat(new JobStore.Lock(progress.id(), JobOwner.self(), Instant.now()));
      // Taken with the phase changes' record (ReindexRun.enter), so a beat never saves an older phase after it.
      synchronized (progress) {
        store.save(progress.snapshot(ReindexJob.Status.RUNNING, null, null));
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Could not record the progress of {}: {}", progress.id(), e.getMessage());
    }
  }

  private void save(ReindexJob job) throws IOException {
    store.save(job);
  }

  /**
   * Takes the lock for {@code id}. A lock held by a live job is a {@link ReindexRunningException};
   * one held by a dead job is taken over and the dead job recovered: returned if it had switched
   * and is now finished. The lock is held by {@code id} afterwards either way.
   */
  private Optional<ReindexJob> lock(String id) throws IOException {
    JobStore.Lock mine = new JobStore.Lock(id, JobOwner.self(), Instant.now());
    if (store.tryLock(mine)) {
      return Optional.empty();
    }
    JobStore.HeldLock held = store.heldLock().orElse(null);
    if (held == null) {
      if (store.tryLock(mine)) {
        return Optional.empty();
      }
      throw new ReindexRunningException("(another)");
    }
    if (!JobOwner.isGone(held.lock(), settings.staleAfter(), Instant.now()) || !store.takeOver(held, mine)) {
      throw new ReindexRunningException(held.lock().jobId());
    }
    try {
      return recover(held.lock().jobId());
    } catch (IOException | RuntimeException e) {
      store.unlock(id);
      throw e;
    }
  }

  /** Cleans up after a job whose process died: finishes it if it had switched, else removes what it built. */
  private Optional<ReindexJob> recover(String deadId) throws IOException {
    ReindexJob dead = store.find(deadId).filter(ReindexJob::running).orElse(null);
    if (dead == null) {
      return Optional.empty();
    }
    log.warn("Reindex job {} died during {}; recovering", dead.id(), dead.phase());
    if (dead.target() != null && isLive(dead.target())) {
      JobProgress progress = JobProgress.resumed(dead);
      try {
        new ReindexRun(tools, progress, ReindexListener.NONE, dead.fromFiles())
            .finish(dead.source(), dead.target(), dead.startedAt().minus(settings.catchUpMargin()));
      } catch (Exception e) {
        throw new IOException("Could not finish " + dead.id() + " after its switch: " + e.getMessage(), e);
      }
      progress.enter(ReindexJob.Phase.DONE);
      ReindexJob done = progress.snapshot(ReindexJob.Status.SUCCEEDED, Instant.now(),
          "its process died after the switch to " + dead.target() + "; a rerun finished it");
      store.save(done);
      return Optional.of(done);
    }
    if (dead.target() != null) {
      index.deleteIndex(dead.target());
    }
    store.save(dead.ended(ReindexJob.Status.ABANDONED, dead.phase(), Instant.now(), dead.errors(),
        "its process died during " + dead.phase() + "; "
            + (dead.target() == null ? "it had built nothing" : "the next job (a reindex or a rollback) removed " + dead.target())));
    return Optional.empty();
  }

  private boolean isLive(String name) throws IOException {
    return index.liveIndex().filter(name::equals).isPresent();
  }
}
