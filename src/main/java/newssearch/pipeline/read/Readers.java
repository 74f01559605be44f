package newssearch.pipeline.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import newssearch.system.InvalidInputException;

/**
 * Reads any supported input: tells the format from the name and the first bytes, the encoding
 * from the bytes, and hands the stream to the matching reader. A file that cannot be read at all
 * becomes one rejection; nothing here throws for bad input.
 */
public final class Readers {

  private static final int SAMPLE = 8192;

  /** The formats {@code --format} accepts, named by their usual file extension. */
  public static final java.util.List<String> FORMATS = java.util.List.of("jsonl", "json", "csv", "tsv", "txt", "rss",
      "html");

  private final ObjectMapper json;
  private final FieldNames fields;
  private final String format; // null: tell from each file

  public Readers(ObjectMapper json, FieldNames fields, String format) {
    if (format != null && !FORMATS.contains(format)) {
      throw new InvalidInputException("unknown format '" + format + "'; one of " + String.join(", ", FORMATS));
    }
    this.json = json;
    this.fields = fields;
    this.format = format;
  }

  /** Reads {@code file}, adding the bytes read from disk to {@code bytesRead} for progress reports. */
  public void read(InputFile file, RecordSink sink, java.util.concurrent.atomic.LongAdder bytesRead) {
    try (InputStream in = file.open(bytesRead)) {
      in.mark(SAMPLE);
      byte[] sample = in.readNBytes(SAMPLE);
      in.reset();
      if (sample.length == 0) {
        sink.reject(Rejection.of(file.name(), 0, "empty file", null));
      } else if (TextDecoding.looksBinary(sample, sample.length)) {
        sink.reject(Rejection.of(file.name(), 0, "binary data, not text in a known format", null));
      } else {
        String name = format == null ? file.formatName() : "." + format;
        readerFor(name, sample, TextDecoding.detect(sample, sample.length)).read(file, in, sink);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // Parsers signal unreadable input with these; anything else (the sink stopping the load) passes.
      sink.reject(Rejection.of(file.name(), 0, "cannot read: " + e.getMessage(), null));
    }
  }

  private RecordReader readerFor(String name, byte[] sample, Charset charset) {
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return new JsonLinesReader(json, fields, charset);
    }
    if (name.endsWith(".csv")) {
      return new CsvReader(fields, charset, ',');
    }
    if (name.endsWith(".tsv")) {
      return new CsvReader(fields, charset, '\t');
    }
    char first = firstSignificant(sample);
    if (name.endsWith(".json")) {
      return first == '[' ? new JsonArrayReader(json, fields) : new JsonLinesReader(json, fields, charset);
    }
    if (name.endsWith(".txt")) {
      return new TextFileReader();
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return new FeedReader();
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return new HtmlPageReader();
    }
    return switch (first) {
      case '[' -> new JsonArrayReader(json, fields);
      case '{' -> new JsonLinesReader(json, fields, charset);
      case '<' -> isFeed(sample) ? new FeedReader() : new HtmlPageReader();
      default -> new TextFileReader();
    };
  }

  /** Whether the first bytes of an input are those of an RSS, RDF or Atom feed. */
  public static boolean isFeed(byte[] sample) {
    String head = new String(sample, java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
  }

  private static char firstSignificant(byte[] sample) {
    for (byte b : sample) {
      if (!Character.isWhitespace(b) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB && (b & 0xff) != 0xBF) {
        return (char) b;
      }
    }
    return ' ';
  }
}
