package newssearch.feeds;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import newssearch.index.IndexProperties;
import newssearch.index.SideIndex;
import org.springframework.stereotype.Component;

/**
 * Followed feeds and their fetch state, in their own index behind {@code <news alias>-feeds}: kept
 * in the cluster, so a restarted service goes on where it stopped and {@code status} on another
 * machine sees them.
 */
@Component
public class FeedStore {

  private static final int MAX = 10_000;

  private final ElasticsearchClient client;
  private final SideIndex index;

  FeedStore(ElasticsearchClient client, IndexProperties news) {
    this.client = client;
    this.index = new SideIndex(client, news.alias() + "-feeds", "classpath:index-mappings/feeds.json", news);
  }

  void save(FeedStatus feed) throws IOException {
    index.ensureExists();
    client.index(i -> i.index(index.alias()).id(feed.id()).document(feed).refresh(Refresh.WaitFor));
  }

  boolean delete(String id) throws IOException {
    return index.exists()
        && client.delete(d -> d.index(index.alias()).id(id).refresh(Refresh.WaitFor)).result().jsonValue()
            .equals("deleted");
  }

  /** Every followed feed, in the order they were added. */
  public List<FeedStatus> all() throws IOException {
    if (!index.exists()) {
      return List.of();
    }
    return client.search(s -> s.index(index.alias()).size(MAX)
            .sort(o -> o.field(f -> f.field("added_at")))
            .sort(o -> o.field(f -> f.field("url"))), FeedStatus.class)
        .hits().hits().stream().map(Hit::source).toList();
  }
}
