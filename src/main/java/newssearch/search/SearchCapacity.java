package newssearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.info.NodeInfo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many searches the cluster answers at once without making each slower: the processors of the
 * machines its data nodes run on, over the shards one search occupies. A search is CPU work on every
 * shard it reads (the index is in memory), so more of them at once than there are processors only
 * share those out, longer each. Elasticsearch's own search pool is bigger ({@code 3 × processors / 2
 * + 1}), made to cover reads from disk, which this index hardly does.
 *
 * <p>Two corrections make the count the machines': nodes on one machine (a local cluster of several
 * nodes) share its processors rather than adding theirs; and a machine that also runs this service
 * (the embedded engine) keeps one processor for it. Under a crowd the service's own work, answering
 * searches and turning the rest away, took half to most of a core of two; counted as the node's, it
 * made the admitted searches queue for the CPU behind it (bench/README.md, "Overload").
 */
final class SearchCapacity {

  /**
   * A data node as capacity counts it.
   *
   * @param machine the address the node is reached at; nodes with one address share a machine
   * @param allocated the processors the node may use ({@code node.processors}, else the machine's)
   * @param available the processors of the node's machine
   * @param withThisService whether the machine is the one this service runs on
   */
  record DataNode(String machine, int allocated, int available, boolean withThisService) {}

  /** One node of this machine, for when the cluster cannot be asked. */
  static int local(int shards) {
    int processors = Runtime.getRuntime().availableProcessors();
    return of(List.of(new DataNode("localhost", processors, processors, true)), shards);
  }

  /** The processors of the data nodes' machines, over the shards of one search; at least 1. */
  static int of(Collection<DataNode> dataNodes, int shards) {
    Map<String, List<DataNode>> byMachine = dataNodes.stream().collect(Collectors.groupingBy(DataNode::machine));
    int processors = byMachine.values().stream().mapToInt(SearchCapacity::processorsForSearches).sum();
    return Math.max(1, processors / Math.max(1, shards));
  }

  private static int processorsForSearches(List<DataNode> nodesOfOneMachine) {
    int allocated = nodesOfOneMachine.stream().mapToInt(DataNode::allocated).sum();
    int machine = nodesOfOneMachine.stream().mapToInt(DataNode::available).max().orElse(0);
    int processors = Math.min(allocated, machine);
    boolean withThisService = nodesOfOneMachine.stream().anyMatch(DataNode::withThisService);
    return withThisService ? Math.max(0, processors - 1) : processors;
  }

  /** Asks the cluster for its data nodes: their addresses and processors. */
  static int ask(ElasticsearchClient client, int shards) throws IOException {
    List<DataNode> dataNodes = client.nodes().info(i -> i.metric("os")).nodes().values().stream()
        .filter(SearchCapacity::holdsData)
        .map(SearchCapacity::dataNode)
        .toList();
    return of(dataNodes, shards);
  }

  private static DataNode dataNode(NodeInfo node) {
    int available = node.os().availableProcessors();
    int allocated = node.os().allocatedProcessors() != null ? node.os().allocatedProcessors() : available;
    return new DataNode(node.ip(), allocated, available, onThisMachine(node.ip()));
  }

  /** A loopback address, or one of this machine's interfaces. */
  static boolean onThisMachine(String ip) {
    try {
      InetAddress address = InetAddress.getByName(ip);
      return address.isLoopbackAddress() || address.isAnyLocalAddress()
          || NetworkInterface.getByInetAddress(address) != null;
    } catch (UnknownHostException | SocketException e) {
      return false;
    }
  }

  private static boolean holdsData(NodeInfo node) {
    return node.roles().stream().anyMatch(role -> role.jsonValue().startsWith("data"));
  }
}
