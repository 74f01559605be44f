package newssearch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's reuse rules, checked against the test run's own node where that is the embedded
 * engine (a second node would break the one-node-per-run rule).
 */
class EmbeddedEngineTest {

  @Test
  void aSecondStartOnTheSameDataFolderReusesTheRunningNode() {
    TestCluster cluster = TestCluster.get();
    assumeTrue(cluster.embeddedDataDir().isPresent(), "this run's node is " + cluster.kind());
    Path dataDir = cluster.embeddedDataDir().get();

    try (EmbeddedEngine second = EmbeddedEngine.start(EngineSettings.withDefaults(dataDir, null, null, null, null, null))) {
      second.awaitReady();
      assertThat(second.owned()).isFalse();
      assertThat(second.url()).isEqualTo(cluster.url());
    }
    assertThat(Files.exists(dataDir.resolve("engine.state"))).as("the owner's node keeps running").isTrue();
  }

  @Test
  void theLaunchersTemporaryFoldersStayInTheNodesFolder() throws IOException {
    TestCluster cluster = TestCluster.get();
    assumeTrue(cluster.embeddedDataDir().isPresent(), "this run's node is " + cluster.kind());
    Path tmp = NodeFolders.in(cluster.embeddedDataDir().get(), 0).tmp();

    try (var entries = Files.list(tmp)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .as("the folders the launcher of this run's node made, in its own temporary directory")
          .anyMatch(name -> name.startsWith(NodeFolders.LAUNCHER_FOLDERS));
    }
  }

  @Test
  void aDataFolderKeepsTheNumberOfNodesItWasFirstStartedWith(@TempDir Path dir) throws IOException {
    Files.createDirectories(NodeFolders.in(dir, 0).data().resolve("_state"));
    Files.createDirectories(NodeFolders.in(dir, 1).data().resolve("_state"));

    assertThatThrownBy(() -> EmbeddedEngine.start(EngineSettings.withDefaults(dir, null, null, null, null, 3)))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("holds a cluster of 2 embedded node(s)")
        .hasMessageContaining("--nodes 2");
  }

  @Test
  void theStateOfSeveralNodesReadsBackWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("engine.state");
    new EngineState(List.of("http://127.0.0.1:1", "http://127.0.0.1:2"), List.of(11L, 12L)).write(file);
    EngineState read = EngineState.read(file).orElseThrow();
    assertThat(read.urls()).containsExactly("http://127.0.0.1:1", "http://127.0.0.1:2");
    assertThat(read.pids()).containsExactly(11L, 12L);
  }

  @Test
  void aStateFileOfAProcessThatIsGoneIsStale(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("engine.state");
    new EngineState(List.of("http://127.0.0.1:1"), List.of(deadPid())).write(file);

    Optional<EngineState> read = EngineState.read(file);
    assertThat(read).isPresent();
    assertThat(read.get().anyProcessAlive()).isFalse();
  }

  @Test
  void aRecycledPidOfAnotherProgramIsNotTakenForTheNode(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("engine.state");
    new EngineState(List.of("http://127.0.0.1:1"), List.of(ProcessHandle.current().pid())).write(file);
    assertThat(EngineState.read(file).orElseThrow().anyProcessAlive()).isFalse();
  }

  @Test
  void anUnreadableStateFileIsIgnored(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("engine.state"), "pid=not-a-number\n");
    assertThat(EngineState.read(file)).isEmpty();
  }

  private static long deadPid() throws IOException {
    Process p = new ProcessBuilder("true").start();
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return p.pid();
  }
}
