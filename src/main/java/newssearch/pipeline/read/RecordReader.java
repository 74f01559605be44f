package newssearch.pipeline.read;

import java.io.IOException;
import java.io.InputStream;

/** Reads one input format, streaming: every article to the sink, every unreadable part to its rejects. */
interface RecordReader {
  void read(InputFile file, InputStream in, RecordSink sink) throws IOException;
}
