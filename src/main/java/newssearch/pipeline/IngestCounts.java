package newssearch.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Running totals of one ingest, updated from the reading thread and the bulk listener's threads. */
public final class IngestCounts {
  final LongAdder read = new LongAdder();
  final LongAdder indexed = new LongAdder();
  final LongAdder updated = new LongAdder();
  final LongAdder unchanged = new LongAdder();
  final LongAdder duplicates = new LongAdder();
  final LongAdder rejected = new LongAdder();
  final LongAdder failed = new LongAdder();
  final LongAdder bytesRead = new LongAdder();

  public long read() {
    return read.sum();
  }

  public long indexed() {
    return indexed.sum();
  }

  public long updated() {
    return updated.sum();
  }

  public long unchanged() {
    return unchanged.sum();
  }

  public long duplicates() {
    return duplicates.sum();
  }

  public long rejected() {
    return rejected.sum();
  }

  /** Articles that were on their way to the index when the cluster failed. */
  public long failed() {
    return failed.sum();
  }

  public long bytesRead() {
    return bytesRead.sum();
  }

  /** Articles the index has now as they were read: new, updated or already identical. */
  public long written() {
    return indexed() + updated() + unchanged();
  }
}
