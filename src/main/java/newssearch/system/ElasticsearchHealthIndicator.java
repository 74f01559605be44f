package newssearch.system;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} follows the cluster: red (a primary shard unassigned) or unreachable is
 * DOWN; yellow (a replica unassigned) still answers every search, so it is UP, with the counts.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

  private final ElasticsearchConnection connection;

  ElasticsearchHealthIndicator(ElasticsearchConnection connection) {
    super("Elasticsearch health check failed");
    this.connection = connection;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    if (!connection.ready()) {
      builder.down().withDetail("url", connection.url()).withDetail("origin", connection.origin())
          .withDetail("status", "starting");
      return;
    }
    HealthResponse health = connection.client().cluster().health();
    builder.status(health.status() == HealthStatus.Red ? Status.DOWN : Status.UP)
        .withDetail("url", connection.url())
        .withDetail("origin", connection.origin())
        .withDetail("clusterName", health.clusterName())
        .withDetail("status", health.status().jsonValue())
        .withDetail("numberOfNodes", health.numberOfNodes())
        .withDetail("numberOfDataNodes", health.numberOfDataNodes())
        .withDetail("activeShards", health.activeShards())
        .withDetail("unassignedShards", health.unassignedShards())
        .withDetail("unassignedPrimaryShards", health.unassignedPrimaryShards());
  }
}
