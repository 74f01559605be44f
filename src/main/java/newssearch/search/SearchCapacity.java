package newssearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.info.NodeInfo;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * How many searches the cluster answers at once without making each slower: the processors of its
 * data nodes, over the shards one search occupies. A search is CPU work on every shard it reads (the
 * index is in memory), so more of them at once than there are processors only share those out,
 * longer each. Elasticsearch's own search pool is bigger ({@code 3 × processors / 2 + 1}), made to
 * cover reads from disk, which this index (in memory) hardly does.
 */
final class SearchCapacity {

  /** What one node of this machine would have: for when the cluster cannot be asked. */
  static int local(int shards) {
    return of(List.of(Runtime.getRuntime().availableProcessors()), shards);
  }

  /** Processors of the data nodes, over the shards of one search; at least 1. */
  static int of(Collection<Integer> dataNodeProcessors, int shards) {
    int processors = dataNodeProcessors.stream().mapToInt(Integer::intValue).sum();
    return Math.max(1, processors / Math.max(1, shards));
  }

  /** Asks the cluster for the processors its data nodes use ({@code node.processors}, else the machine's). */
  static int ask(ElasticsearchClient client, int shards) throws IOException {
    List<Integer> processors = client.nodes().info(i -> i.metric("os")).nodes().values().stream()
        .filter(SearchCapacity::holdsData)
        .map(node -> node.os().allocatedProcessors() != null ? node.os().allocatedProcessors()
            : node.os().availableProcessors())
        .toList();
    return of(processors, shards);
  }

  private static boolean holdsData(NodeInfo node) {
    return node.roles().stream().anyMatch(role -> role.jsonValue().startsWith("data"));
  }
}
