package newssearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import newssearch.system.ConflictException;
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an index's shard copies stand, from cluster health scoped to that index: what a reindex
 * waits for before it moves the alias, and what the alias must never be moved onto; and its replicas.
 */
final class ShardAllocation {

  private static final Logger log = LoggerFactory.getLogger(ShardAllocation.class);

  /**
   * One health request waits at most this long; longer waits are several requests, so none outlasts
   * the client's socket timeout.
   */
  private static final Duration ONE_WAIT = Duration.ofSeconds(30);

  private final ElasticsearchClient client;

  ShardAllocation(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * Waits until the index's copies are allocated, at most {@code timeout}: every replica (green)
   * when the cluster has data nodes enough to hold each shard's copies apart, else every primary
   * (yellow), since Elasticsearch never puts two copies of a shard on one node. Returns the status
   * reached, which may fall short of the one waited for.
   */
  HealthStatus awaitAllocated(String index, int replicas, Duration timeout) throws IOException {
    int dataNodes = client.cluster().health().numberOfDataNodes();
    HealthStatus wanted = dataNodes > replicas ? HealthStatus.Green : HealthStatus.Yellow;
    Instant deadline = Instant.now().plus(timeout);
    do {
      Duration wait = min(ONE_WAIT, Duration.between(Instant.now(), deadline));
      if (reached(index, wanted, wait)) {
        return wanted;
      }
    } while (Instant.now().isBefore(deadline));
    HealthResponse health = client.cluster().health(h -> h.index(index));
    log.warn("{} is {} after {}: {} unassigned shard copies, {} of them primaries", index,
        health.status().jsonValue(), timeout, health.unassignedShards(), health.unassignedPrimaryShards());
    return health.status();
  }

  /** Waits for the status; a wait that times out is answered 408, which the client throws. */
  private boolean reached(String index, HealthStatus wanted, Duration wait) throws IOException {
    try {
      return !client.cluster().health(h -> h.index(index).waitForStatus(wanted)
          .timeout(t -> t.time(Math.max(0, wait.toMillis()) + "ms"))).timedOut();
    } catch (ResponseException e) {
      if (e.getResponse().getStatusLine().getStatusCode() == 408) {
        return false;
      }
      throw e;
    }
  }

  /** Refuses an index any of whose primary shards is not allocated: a search there would fail or miss articles. */
  void requireAssignedPrimaries(String index) throws IOException {
    HealthResponse health = client.cluster().health(h -> h.index(index));
    if (health.unassignedPrimaryShards() > 0 || health.status() == HealthStatus.Red) {
      throw new ConflictException(index + " has " + health.unassignedPrimaryShards()
          + " unassigned primary shard(s); the alias is not moved onto it");
    }
  }

  /** The index's primaries, replicas of each, and shard copies no node holds. */
  IndexStatus.Shards shards(String index) throws IOException {
    var settings = client.indices().getSettings(g -> g.index(index)).result().get(index).settings().index();
    return new IndexStatus.Shards(Integer.parseInt(settings.numberOfShards()),
        Integer.parseInt(settings.numberOfReplicas()), client.cluster().health(h -> h.index(index)).unassignedShards());
  }

  /** Gives the index this many replicas of each shard (a setting that changes in place); false if it had them. */
  boolean setReplicas(String index, int replicas) throws IOException {
    if (shards(index).replicas() == replicas) {
      return false;
    }
    client.indices().putSettings(p -> p.index(index).settings(s -> s.numberOfReplicas(String.valueOf(replicas))));
    log.info("Index {} now has {} replica(s) of each shard", index, replicas);
    return true;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
