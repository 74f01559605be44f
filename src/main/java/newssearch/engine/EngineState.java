package newssearch.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The small file that lets a second command find the node a first one started on the same data folder.
 *
 * @param url the node's HTTP address
 * @param pid the process id of the node's launcher
 */
record EngineState(String url, long pid) {

  static Optional<EngineState> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
      return Optional.of(new EngineState(p.getProperty("url"), Long.parseLong(p.getProperty("pid"))));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("url", url);
    p.setProperty("pid", Long.toString(pid));
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer out = Files.newBufferedWriter(tmp)) {
      p.store(out, "the embedded Elasticsearch node running on this data folder");
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** True when the recorded process still runs and is an Elasticsearch launcher, not a recycled pid. */
  boolean processAlive() {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(h -> h.info().commandLine().map(cmd -> cmd.contains("org.elasticsearch")).orElse(true))
        .orElse(false);
  }
}
