package newssearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newssearch.ingest.IngestCounts;
import newssearch.ingest.IngestProgress;

/**
 * Shows a running ingest on stderr: a bar redrawn in place on a terminal, a plain line every ten
 * seconds otherwise (logs, CI), so neither floods the other.
 */
final class ProgressPrinter implements IngestProgress {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal = System.console() != null;
  private ScheduledExecutorService timer;
  private long totalBytes;
  private IngestCounts counts;
  private long startNanos;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(long totalBytes, IngestCounts counts) {
    this.totalBytes = totalBytes;
    this.counts = counts;
    this.startNanos = System.nanoTime();
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "ingest-progress");
      t.setDaemon(true);
      return t;
    });
    long every = terminal ? 500 : 10_000;
    timer.scheduleAtFixedRate(this::print, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void finished() {
    if (timer != null) {
      timer.shutdownNow();
      print();
      if (terminal) {
        err.println();
      }
    }
  }

  private synchronized void print() {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    long bytes = counts.bytesRead();
    double rate = counts.read() / seconds;
    String line;
    if (totalBytes > 0) {
      double done = Math.min(1.0, bytes / (double) totalBytes);
      int filled = (int) (done * WIDTH);
      long eta = done > 0 ? Math.round(seconds / done - seconds) : -1;
      line = String.format(Locale.ROOT, "[%s%s] %3.0f%%  %d articles  %.1f/%.1f MB  %.0f articles/s  ETA %s",
          "#".repeat(filled), ".".repeat(WIDTH - filled), done * 100, counts.read(), bytes / 1048576.0,
          totalBytes / 1048576.0, rate, eta < 0 ? "?" : eta + " s");
    } else {
      line = String.format(Locale.ROOT, "%d articles  %.1f MB  %.0f articles/s", counts.read(), bytes / 1048576.0, rate);
    }
    if (terminal) {
      err.print("\r" + line);
    } else {
      err.println(line);
    }
    err.flush();
  }
}
