package newssearch.index;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code index} part of {@code /actuator/health} and of its readiness group: which index the
 * alias serves and whether it needs a reindex (built from other mapping files or other enrichment
 * data). A stale index still answers, so this never makes the service DOWN; no index behind the alias
 * yet is OUT_OF_SERVICE, since a search would find nothing to ask. When the index cannot be read the
 * cluster's own indicator says why, and this one says UNKNOWN.
 */
@Component("index")
class IndexHealthIndicator extends AbstractHealthIndicator {

  private final NewsIndex index;

  IndexHealthIndicator(NewsIndex index) {
    super("Index status unavailable");
    this.index = index;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    IndexStatus status;
    try {
      status = index.status();
    } catch (Exception e) {
      builder.unknown().withDetail("alias", index.alias());
      return;
    }
    if (status.index() == null) {
      builder.outOfService().withDetail("alias", status.alias()).withDetail("reason", "no index behind the alias yet");
      return;
    }
    builder.up().withDetail("alias", status.alias()).withDetail("index", String.valueOf(status.index()))
        .withDetail("shards", status.shards().primaries()).withDetail("replicas", status.shards().replicas())
        .withDetail("unassignedShards", status.shards().unassigned())
        .withDetail("reindexNeeded", status.reindexNeeded());
    if (status.reindexNeeded()) {
      builder.withDetail("reason", "reindex needed: " + status.reindexReason());
    }
  }
}
