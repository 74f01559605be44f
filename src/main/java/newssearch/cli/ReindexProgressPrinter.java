package newssearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import newssearch.index.reindex.JobProgress;
import newssearch.index.reindex.ReindexJob;
import newssearch.index.reindex.ReindexListener;

/** Shows a running reindex on stderr: its phase, a bar over the copy, what was caught up, time so far. */
final class ReindexProgressPrinter implements ReindexListener {

  private static final int WIDTH = 30;

  private final ProgressLine line;
  private final long startNanos = System.nanoTime();
  private volatile JobProgress progress;

  ReindexProgressPrinter(PrintWriter err) {
    this.line = new ProgressLine(err, this::describe);
  }

  @Override
  public void entering(ReindexJob.Phase phase, JobProgress job) {
    this.progress = job;
    line.start();
    line.print();
  }

  void stop() {
    line.stop();
  }

  private String describe() {
    JobProgress job = progress;
    if (job == null) {
      return null;
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double done = job.expected() > 0 ? Math.min(1.0, job.copied() / (double) job.expected()) : 0;
    int filled = (int) (done * WIDTH);
    return String.format(Locale.ROOT, "%-11s [%s%s] %3.0f%%  %d/%d articles  %d caught up  %.0f s",
        job.phase().name().toLowerCase(Locale.ROOT), "#".repeat(filled), ".".repeat(WIDTH - filled), done * 100,
        job.copied(), job.expected(), job.caughtUp(), seconds);
  }
}
