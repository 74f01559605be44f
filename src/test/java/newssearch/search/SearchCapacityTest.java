package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;

class SearchCapacityTest {

  @Test
  void theDataNodesProcessorsOverTheShardsOfOneSearch() {
    assertThat(SearchCapacity.of(List.of(2), 1)).isEqualTo(2);
    assertThat(SearchCapacity.of(List.of(4, 4, 4), 1)).isEqualTo(12);
    assertThat(SearchCapacity.of(List.of(4, 4, 4), 3)).isEqualTo(4);
    assertThat(SearchCapacity.of(List.of(2, 2, 2), 4)).isEqualTo(1);
  }

  @Test
  void neverLessThanOne() {
    assertThat(SearchCapacity.of(List.of(1), 5)).isEqualTo(1);
    assertThat(SearchCapacity.of(List.of(), 1)).isEqualTo(1);
  }

  @Test
  void theRealNodeTellsItsProcessors() throws Exception {
    TestCluster cluster = TestCluster.get();
    int one = SearchCapacity.ask(cluster.client(), 1);
    assertThat(one).isGreaterThanOrEqualTo(1);
    assertThat(SearchCapacity.ask(cluster.client(), 2)).isEqualTo(Math.max(1, one / 2));
    if (cluster.embeddedDataDir().isPresent()) {
      // The embedded node runs on this machine and is given no node.processors.
      assertThat(one).isEqualTo(Runtime.getRuntime().availableProcessors());
    }
  }
}
