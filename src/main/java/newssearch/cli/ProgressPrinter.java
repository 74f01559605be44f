package newssearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import newssearch.pipeline.IngestCounts;
import newssearch.pipeline.IngestProgress;

/** Shows a running ingest on stderr: a bar over the input's bytes, articles, rate and time left. */
final class ProgressPrinter implements IngestProgress {

  private static final int WIDTH = 30;

  private final ProgressLine line;
  private long totalBytes;
  private IngestCounts counts;
  private long startNanos;

  ProgressPrinter(PrintWriter err) {
    this.line = new ProgressLine(err, this::describe);
  }

  @Override
  public void started(long totalBytes, IngestCounts counts) {
    this.totalBytes = totalBytes;
    this.counts = counts;
    this.startNanos = System.nanoTime();
    line.start();
  }

  @Override
  public void finished() {
    line.stop();
  }

  private String describe() {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    long bytes = counts.bytesRead();
    double rate = counts.read() / seconds;
    if (totalBytes <= 0) {
      return String.format(Locale.ROOT, "%d articles  %.1f MB  %.0f articles/s", counts.read(), bytes / 1048576.0, rate);
    }
    double done = Math.min(1.0, bytes / (double) totalBytes);
    int filled = (int) (done * WIDTH);
    long eta = done > 0 ? Math.round(seconds / done - seconds) : -1;
    return String.format(Locale.ROOT, "[%s%s] %3.0f%%  %d articles  %.1f/%.1f MB  %.0f articles/s  ETA %s",
        "#".repeat(filled), ".".repeat(WIDTH - filled), done * 100, counts.read(), bytes / 1048576.0,
        totalBytes / 1048576.0, rate, eta < 0 ? "?" : eta + " s");
  }
}
