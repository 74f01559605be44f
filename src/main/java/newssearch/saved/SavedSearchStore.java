package newssearch.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newssearch.index.IndexProperties;
import newssearch.index.SideIndex;
import org.springframework.stereotype.Component;

/**
 * Saved searches in the cluster, in their own index behind the alias {@code <news alias>-saved-searches}:
 * the service and the command line may run on different machines, and both see one list.
 */
@Component
public class SavedSearchStore {

  /** More than anyone will save; the list is read whole. */
  private static final int MAX = 10_000;

  private final ElasticsearchClient client;
  private final SideIndex index;

  SavedSearchStore(ElasticsearchClient client, IndexProperties news) {
    this.client = client;
    this.index = new SideIndex(client, news.alias() + "-saved-searches", "classpath:index-mappings/saved-searches.json", news);
  }

  void create(SavedSearch search) throws IOException {
    index.ensureExists();
    client.create(c -> c.index(index.alias()).id(search.id()).document(search).refresh(Refresh.WaitFor));
  }

  /** Removes it; false if there was none with this id. */
  boolean delete(String id) throws IOException {
    if (!index.exists()) {
      return false;
    }
    return client.delete(d -> d.index(index.alias()).id(id).refresh(Refresh.WaitFor)).result().jsonValue()
        .equals("deleted");
  }

  public Optional<SavedSearch> find(String id) throws IOException {
    if (!index.exists()) {
      return Optional.empty();
    }
    GetResponse<SavedSearch> found = client.get(g -> g.index(index.alias()).id(id), SavedSearch.class);
    return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
  }

  /** Every saved search, oldest first. */
  public List<SavedSearch> all() throws IOException {
    if (!index.exists()) {
      return List.of();
    }
    return client.search(s -> s.index(index.alias()).size(MAX)
            .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Asc)))
            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), SavedSearch.class)
        .hits().hits().stream().map(Hit::source).toList();
  }

  /** Records that every match stored up to {@code until} has reached {@code channel}. */
  public void alerted(String id, String channel, Instant until) throws IOException {
    client.update(u -> u.index(index.alias()).id(id)
        .doc(Map.of("alerted_until", Map.of(channel, until.toString()))), Map.class);
  }
}
