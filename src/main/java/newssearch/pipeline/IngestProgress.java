package newssearch.pipeline;

/** Follows a running ingest; the CLI draws a progress bar from it. */
public interface IngestProgress {
  /** The load starts: {@code totalBytes} of input (0 if unknown), totals updated live in {@code counts}. */
  void started(long totalBytes, IngestCounts counts);

  void finished();

  IngestProgress NONE = new IngestProgress() {
    @Override
    public void started(long totalBytes, IngestCounts counts) {}

    @Override
    public void finished() {}
  };
}
