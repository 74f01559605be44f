package newssearch.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import newssearch.pipeline.read.Rejection;

/**
 * What one ingest did.
 *
 * @param counts       the totals
 * @param skippedFiles files left out as not articles (annotations, licences)
 * @param took         wall time
 * @param rejectsFile  where rejections were written, or null when there were none
 * @param firstRejections the first rejections, for callers that show them at once
 * @param failure      why the load stopped early (the cluster failed), or null when it ran to the end
 */
public record IngestReport(IngestCounts counts, int skippedFiles, Duration took, Path rejectsFile,
    List<Rejection> firstRejections, String failure) {

  public double articlesPerSecond() {
    double seconds = Math.max(took.toMillis(), 1) / 1000.0;
    return counts.read() / seconds;
  }

  public boolean completed() {
    return failure == null;
  }
}
