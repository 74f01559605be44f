package newssearch.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The small file that lets a second command find the cluster a first one started on the same data folder.
 *
 * @param urls every node's HTTP address
 * @param pids the process ids of the nodes' launchers
 */
record EngineState(List<String> urls, List<Long> pids) {

  EngineState {
    urls = List.copyOf(urls);
    pids = List.copyOf(pids);
  }

  /** Reads the file; one written for a single node (one URL, one pid) reads the same way. */
  static Optional<EngineState> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
      List<String> urls = List.of(p.getProperty("url").split(","));
      List<Long> pids = Arrays.stream(p.getProperty("pid").split(",")).map(Long::parseLong).toList();
      return Optional.of(new EngineState(urls, pids));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("url", url());
    p.setProperty("pid", pid());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer out = Files.newBufferedWriter(tmp)) {
      p.store(out, "the embedded Elasticsearch nodes running on this data folder");
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  String url() {
    return String.join(",", urls);
  }

  String pid() {
    return String.join(",", pids.stream().map(String::valueOf).toList());
  }

  /** True when a recorded process still runs and is an Elasticsearch launcher, not a recycled pid. */
  boolean anyProcessAlive() {
    return pids.stream().anyMatch(pid -> ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(h -> h.info().commandLine().map(cmd -> cmd.contains("org.elasticsearch")).orElse(true))
        .orElse(false));
  }
}
