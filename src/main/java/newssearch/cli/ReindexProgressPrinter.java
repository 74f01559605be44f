package newssearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newssearch.index.reindex.JobProgress;
import newssearch.index.reindex.ReindexJob;
import newssearch.index.reindex.ReindexListener;

/** Shows a running reindex on stderr: phase, a bar over the copy, rate; redrawn on a terminal, a line every 10 s otherwise. */
final class ReindexProgressPrinter implements ReindexListener {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal = System.console() != null;
  private final long startNanos = System.nanoTime();
  private ScheduledExecutorService timer;
  private volatile JobProgress progress;

  ReindexProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void entering(ReindexJob.Phase phase, JobProgress job) {
    this.progress = job;
    if (timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reindex-progress");
        t.setDaemon(true);
        return t;
      });
      long every = terminal ? 500 : 10_000;
      timer.scheduleAtFixedRate(this::print, every, every, TimeUnit.MILLISECONDS);
    }
    print();
  }

  synchronized void stop() {
    if (timer != null) {
      timer.shutdownNow();
      print();
      if (terminal) {
        err.println();
      }
    }
  }

  private synchronized void print() {
    JobProgress job = progress;
    if (job == null) {
      return;
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    double done = job.expected() > 0 ? Math.min(1.0, job.copied() / (double) job.expected()) : 0;
    int filled = (int) (done * WIDTH);
    String line = String.format(Locale.ROOT, "%-11s [%s%s] %3.0f%%  %d/%d articles  %d caught up  %.0f s",
        job.phase().name().toLowerCase(Locale.ROOT), "#".repeat(filled), ".".repeat(WIDTH - filled), done * 100,
        job.copied(), job.expected(), job.caughtUp(), seconds);
    if (terminal) {
      err.print("\r" + line);
    } else {
      err.println(line);
    }
    err.flush();
  }
}
