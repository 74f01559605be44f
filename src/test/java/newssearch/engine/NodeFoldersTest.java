package newssearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeFoldersTest {

  @Test
  void aStartRemovesTheFoldersEarlierLaunchersLeftAndKeepsTheRest(@TempDir Path dir) throws IOException {
    Path home = dir.resolve("install");
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config/jvm.options"), "-Xss1m\n");
    NodeFolders node = NodeFolders.in(dir.resolve("data"), 0);
    Path leftover = node.tmp().resolve(NodeFolders.LAUNCHER_FOLDERS + "123");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve("gc.log"), "gc\n");
    Path other = Files.writeString(node.tmp().resolve("jansi.so.lck"), "");

    node.prepare(home, 9200, 9300, "discovery.type: single-node", "256m");

    assertThat(leftover).doesNotExist();
    assertThat(other).exists();
    assertThat(node.config().resolve("jvm.options")).exists();
  }
}
