package newssearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

  private static final Path DATA = Path.of("/data");

  @Test
  void oneNodeNeedsNoDiscovery() {
    assertThat(Discovery.settings(List.of(NodeFolders.in(DATA, 0)), List.of(9300), true))
        .isEqualTo("discovery.type: single-node");
  }

  @Test
  void theFirstStartOfSeveralNodesNamesTheInitialMasters() {
    List<NodeFolders> nodes = List.of(NodeFolders.in(DATA, 0), NodeFolders.in(DATA, 1), NodeFolders.in(DATA, 2));
    assertThat(Discovery.settings(nodes, List.of(9300, 9301, 9302), true)).isEqualTo("""
        discovery.seed_hosts: ["127.0.0.1:9300", "127.0.0.1:9301", "127.0.0.1:9302"]
        cluster.initial_master_nodes: ["embedded", "embedded-2", "embedded-3"]""");
  }

  @Test
  void aRestartFindsTheClusterThroughItsSeedsAlone() {
    List<NodeFolders> nodes = List.of(NodeFolders.in(DATA, 0), NodeFolders.in(DATA, 1));
    assertThat(Discovery.settings(nodes, List.of(9300, 9301), false))
        .isEqualTo("discovery.seed_hosts: [\"127.0.0.1:9300\", \"127.0.0.1:9301\"]");
  }

  @Test
  void theFirstNodeKeepsTheFolderOfTheSingleNode() {
    assertThat(NodeFolders.in(DATA, 0).root()).isEqualTo(DATA.resolve("elasticsearch"));
    assertThat(NodeFolders.in(DATA, 2).root()).isEqualTo(DATA.resolve("elasticsearch-3"));
  }
}
