package newssearch.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import newssearch.pipeline.read.Rejection;

/**
 * The rejects of one ingest as JSON Lines ({@code file}, {@code line}, {@code reason}, {@code raw}),
 * created on the first rejection only, so a clean load leaves no file behind.
 */
public final class RejectsFile implements Consumer<Rejection>, AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final int KEPT = 100;

  private final Path path;
  private final List<Rejection> first = new ArrayList<>();
  private BufferedWriter out;
  private long written;

  public RejectsFile(Path path) {
    this.path = path;
  }

  @Override
  public synchronized void accept(Rejection rejection) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("file", rejection.origin());
    line.put("line", rejection.position());
    line.put("reason", rejection.reason());
    line.put("raw", rejection.raw());
    try {
      if (out == null) {
        if (path.getParent() != null) {
          Files.createDirectories(path.getParent());
        }
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      }
      out.write(JSON.writeValueAsString(line));
      out.newLine();
      written++;
      if (first.size() < KEPT) {
        first.add(rejection);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the rejects file " + path + ": " + e.getMessage(), e);
    }
  }

  /** The first hundred rejections, kept in memory as well. */
  public synchronized List<Rejection> first() {
    return List.copyOf(first);
  }

  public synchronized long written() {
    return written;
  }

  public Path path() {
    return path;
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      out.close();
    }
  }
}
