package newssearch.pipeline.read;

/** Where a reader sends what it reads: each article, or each part of the input it could not read. */
public interface RecordSink {
  void accept(SourceRecord record);

  void reject(Rejection rejection);
}
