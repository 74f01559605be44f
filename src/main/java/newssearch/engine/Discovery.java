package newssearch.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How the nodes of one data folder form their cluster, the way Elastic documents it: one node needs
 * no discovery; several find each other through {@code discovery.seed_hosts} (every node's transport
 * address), and name the master-eligible nodes of the first election in
 * {@code cluster.initial_master_nodes} on the very first start only. Given again on a restart,
 * a node that lost its data would bootstrap a second cluster of its own under the same name.
 */
final class Discovery {

  private Discovery() {}

  static String settings(List<NodeFolders> nodes, List<Integer> transportPorts, boolean firstStart) {
    if (nodes.size() == 1) {
      return "discovery.type: single-node";
    }
    String seeds = transportPorts.stream().map(port -> "\"127.0.0.1:" + port + "\"").collect(Collectors.joining(", "));
    String settings = "discovery.seed_hosts: [" + seeds + "]";
    if (firstStart) {
      String masters = nodes.stream().map(node -> "\"" + node.nodeName() + "\"").collect(Collectors.joining(", "));
      settings += "\ncluster.initial_master_nodes: [" + masters + "]";
    }
    return settings;
  }
}
