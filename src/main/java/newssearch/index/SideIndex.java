package newssearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;

/**
 * A small index of the service's own state (saved searches, followed feeds) beside the news, read
 * and written through its alias like the news index, so that a later version can move it the same
 * way. Its definition is a file of {@code index-mappings/}; it is created on first use.
 */
public final class SideIndex {

  private final ElasticsearchClient client;
  private final String alias;
  private final IndexDefinition definition;
  private final ShardLayout layout;

  /**
   * @param alias    the alias; the first index behind it is {@code <alias>-v1}
   * @param mappings where the definition is, e.g. {@code classpath:index-mappings/feeds.json}
   * @param news     the news index's configuration, whose replicas this index takes (it keeps its
   *                 file's one shard)
   */
  public SideIndex(ElasticsearchClient client, String alias, String mappings, IndexProperties news) {
    this.client = client;
    this.alias = alias;
    this.definition = IndexDefinition.load(mappings);
    this.layout = news.layout().replicasOnly();
  }

  public String alias() {
    return alias;
  }

  public boolean exists() throws IOException {
    return client.indices().existsAlias(a -> a.name(alias)).value();
  }

  /** Creates {@code <alias>-v1} behind the alias unless the alias exists. */
  public void ensureExists() throws IOException {
    if (exists()) {
      return;
    }
    try {
      client.indices().create(c -> c.index(alias + "-v1")
          .withJson(definition.createIndexBody(layout))
          .aliases(alias, a -> a.isWriteIndex(true)));
    } catch (ElasticsearchException e) {
      // Another process may have created it between our look and our create.
      if (!exists()) {
        throw e;
      }
    }
  }
}
