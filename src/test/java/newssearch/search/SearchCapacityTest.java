package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newssearch.search.SearchCapacity.DataNode;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;

class SearchCapacityTest {

  private static DataNode remote(String machine, int processors) {
    return new DataNode(machine, processors, processors, false);
  }

  @Test
  void theMachinesProcessorsOverTheShardsOfOneSearch() {
    assertThat(SearchCapacity.of(List.of(remote("10.0.0.1", 2)), 1)).isEqualTo(2);
    List<DataNode> threeMachines = List.of(remote("10.0.0.1", 4), remote("10.0.0.2", 4), remote("10.0.0.3", 4));
    assertThat(SearchCapacity.of(threeMachines, 1)).isEqualTo(12);
    assertThat(SearchCapacity.of(threeMachines, 3)).isEqualTo(4);
    assertThat(SearchCapacity.of(threeMachines, 5)).isEqualTo(2);
  }

  @Test
  void nodesOnOneMachineShareItsProcessors() {
    List<DataNode> oneMachine = List.of(remote("10.0.0.1", 8), remote("10.0.0.1", 8), remote("10.0.0.1", 8));
    assertThat(SearchCapacity.of(oneMachine, 1)).isEqualTo(8);
    // Nodes given fewer processors each (node.processors) add up to no more than the machine.
    List<DataNode> split = List.of(new DataNode("10.0.0.1", 2, 8, false), new DataNode("10.0.0.1", 2, 8, false));
    assertThat(SearchCapacity.of(split, 1)).isEqualTo(4);
  }

  @Test
  void theMachineThatRunsThisServiceKeepsOneProcessorForIt() {
    assertThat(SearchCapacity.of(List.of(new DataNode("127.0.0.1", 8, 8, true)), 1)).isEqualTo(7);
    assertThat(SearchCapacity.of(List.of(new DataNode("127.0.0.1", 2, 2, true)), 1)).isEqualTo(1);
    List<DataNode> localCluster = List.of(new DataNode("127.0.0.1", 4, 4, true), new DataNode("127.0.0.1", 4, 4, true),
        new DataNode("127.0.0.1", 4, 4, true));
    assertThat(SearchCapacity.of(localCluster, 3)).isEqualTo(1);
    assertThat(SearchCapacity.local(1)).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
  }

  @Test
  void neverLessThanOne() {
    assertThat(SearchCapacity.of(List.of(remote("10.0.0.1", 1)), 5)).isEqualTo(1);
    assertThat(SearchCapacity.of(List.of(new DataNode("127.0.0.1", 1, 1, true)), 1)).isEqualTo(1);
    assertThat(SearchCapacity.of(List.of(), 1)).isEqualTo(1);
  }

  @Test
  void loopbackAndThisMachinesAddressesAreThisMachine() {
    assertThat(SearchCapacity.onThisMachine("127.0.0.1")).isTrue();
    assertThat(SearchCapacity.onThisMachine("::1")).isTrue();
    // TEST-NET-1 (RFC 5737): never assigned to a machine.
    assertThat(SearchCapacity.onThisMachine("192.0.2.1")).isFalse();
  }

  @Test
  void theRealNodeTellsItsProcessors() throws Exception {
    TestCluster cluster = TestCluster.get();
    int one = SearchCapacity.ask(cluster.client(), 1);
    assertThat(one).isGreaterThanOrEqualTo(1);
    assertThat(SearchCapacity.ask(cluster.client(), 2)).isEqualTo(Math.max(1, one / 2));
    if (cluster.embeddedDataDir().isPresent()) {
      // The embedded node runs on this machine, is given no node.processors, and leaves one to the service.
      assertThat(one).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }
  }
}
