package newssearch.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import newssearch.feeds.FeedStatus;
import newssearch.feeds.FeedStore;
import newssearch.index.IndexStatus;
import newssearch.index.NewsIndex;
import newssearch.system.ElasticsearchConnection;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Print the engine, cluster health, alias and index, document count, whether a reindex is due, "
        + "and the followed feeds.")
class StatusCommand implements Callable<Integer> {

  @Mixin
  GlobalOptions global;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = SpringContexts.command(global)) {
      ElasticsearchConnection connection = context.getBean(ElasticsearchConnection.class);
      ElasticsearchClient client = connection.client();
      HealthResponse health = client.cluster().health();
      IndexStatus index = context.getBean(NewsIndex.class).status();
      PrintWriter out = spec.commandLine().getOut();
      out.printf("engine:     %s (%s)%n", connection.url(), connection.origin());
      out.printf("cluster:    %s, %s, %d node(s) (%d data), %d unassigned shard(s)%n", health.clusterName(),
          health.status().jsonValue(), health.numberOfNodes(), health.numberOfDataNodes(), health.unassignedShards());
      if (!index.exists()) {
        out.printf("alias:      %s does not exist yet (serve or ingest creates it)%n", index.alias());
      } else {
        out.printf("alias:      %s -> %s%n", index.alias(), index.index());
        out.printf("documents:  %d%n", index.documents());
        out.printf("shards:     %d primary, %d replica(s) of each, %d unassigned%n", index.shards().primaries(),
            index.shards().replicas(), index.shards().unassigned());
        out.printf("mappings:   %s%n", index.reindexNeeded()
            ? "REINDEX NEEDED: " + index.reindexReason()
            : "up to date (mappings " + abbreviate(index.currentHash()) + ", enrichment "
                + abbreviate(index.currentEnrichment()) + ")");
      }
      List<FeedStatus> feeds = context.getBean(FeedStore.class).all();
      out.printf("feeds:      %d followed%s%n", feeds.size(), feeds.isEmpty() ? "" : " (last fetch, new, next attempt)");
      feeds.forEach(feed -> out.println("  " + FeedLine.of(feed)));
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static String abbreviate(String hash) {
    return hash == null ? "(unknown)" : hash.substring(0, Math.min(12, hash.length()));
  }
}
