package newssearch.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import newssearch.article.Article;
import newssearch.article.ArticleFields;

/**
 * The articles an index already holds, read back and written again the ways the pipeline, the
 * known stories and the reindex job need: page by page in ingest order, where the newest ones
 * begin, fetched by id, their content hashes, written as one bulk request, and marked as having
 * copies; and whether an index maps a field. What doc values hold is read from them
 * ({@code stored_fields: _none_}): a stored field, even {@code _id}, decompresses a block per hit.
 */
public final class StoredArticles {

  /** The most one search may ask for (the index's default {@code max_result_window}). */
  private static final int WINDOW = 10_000;

  private StoredArticles() {}

  /** Receives one page of articles in ingest order. */
  @FunctionalInterface
  public interface PageSink<T, E extends Exception> {
    void accept(List<Hit<T>> hits) throws E;
  }

  /**
   * Hands every article a search finds to the sink, page by page in ingest order
   * ({@code ingested_at}, then id), with {@code search_after}: a page deep in the index costs what
   * the first one does, where {@code from}/{@code size} would collect and sort every earlier hit
   * again. {@code search} names the rest (index or point in time, query, fields, slice). The last
   * page is the first one shorter than {@code pageSize}, possibly empty. Hits come as {@code type}:
   * {@link Article}, or {@code Void} for a search that reads doc values only.
   */
  public static <T, E extends Exception> void inIngestOrder(ElasticsearchClient client, int pageSize, Class<T> type,
      Consumer<SearchRequest.Builder> search, PageSink<T, E> sink) throws IOException, E {
    List<FieldValue> after = null;
    while (true) {
      List<Hit<T>> hits = page(client, pageSize, SortOrder.Asc, after, search, type);
      sink.accept(hits);
      if (hits.size() < pageSize) {
        return;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }

  /**
   * Where the {@code n}-th newest article the search finds stands in ingest order (its sort values:
   * {@code ingested_at}, id), or null when it finds no more than {@code n}. Newest first, as many
   * pages as it takes, each hit read from doc values only: a stored field, even {@code _id}, would
   * decompress a block per hit.
   */
  public static List<FieldValue> nthNewest(ElasticsearchClient client, int n, Consumer<SearchRequest.Builder> search)
      throws IOException {
    List<FieldValue> after = null;
    for (int seen = 0; seen < n; ) {
      int size = Math.min(WINDOW, n - seen);
      List<Hit<Void>> hits = page(client, size, SortOrder.Desc, after,
          s -> search.accept(s.storedFields("_none_")), Void.class);
      if (hits.size() < size) {
        return null;
      }
      seen += size;
      after = hits.get(hits.size() - 1).sort();
    }
    return after;
  }

  /**
   * Whether {@code index} (an index or an alias) maps {@code field}: an index made from an older
   * definition, until it is reindexed, refuses a document with a field it lacks ({@code dynamic: strict}).
   */
  public static boolean maps(ElasticsearchClient client, String index, String field) throws IOException {
    return client.indices().getFieldMapping(f -> f.index(index).fields(field)).result().values().stream()
        .anyMatch(mappings -> mappings.mappings().containsKey(field));
  }

  /** One page in ingest order, after {@code after} (null for the first). */
  private static <T> List<Hit<T>> page(ElasticsearchClient client, int size, SortOrder order,
      List<FieldValue> after, Consumer<SearchRequest.Builder> search, Class<T> type) throws IOException {
    SearchRequest request = SearchRequest.of(s -> {
      search.accept(s);
      s.size(size)
          .sort(o -> o.field(f -> f.field(ArticleFields.INGESTED_AT).order(order)))
          .sort(o -> o.field(f -> f.field(ArticleFields.ID).order(order)));
      return after == null ? s : s.searchAfter(after);
    });
    return client.search(request, type).hits().hits();
  }

  /**
   * The articles of {@code index} with these ids, by id; ids it lacks are absent. With
   * {@code fields} named, each article carries only those.
   */
  public static Map<String, Article> byId(ElasticsearchClient client, String index, List<String> ids,
      String... fields) throws IOException {
    MgetResponse<Article> response = client.mget(m -> {
      m.index(index).ids(ids);
      return fields.length == 0 ? m : m.sourceIncludes(List.of(fields));
    }, Article.class);
    Map<String, Article> found = new HashMap<>();
    for (MultiGetResponseItem<Article> doc : response.docs()) {
      if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
        found.put(doc.result().id(), doc.result().source());
      }
    }
    return found;
  }

  /**
   * The content hashes of the articles of {@code index} with these ids (at most 10,000), by id; ids it
   * lacks are absent. Read from doc values, where {@link #byId} reads each article's stored block: 45–98
   * ms against 1.2 s for 1,000 long articles. A search sees what the last refresh made visible, so the
   * few it misses (written since, often earlier in the same load) are then read by id, in real time.
   */
  public static Map<String, String> contentHashes(ElasticsearchClient client, String index, List<String> ids)
      throws IOException {
    SearchResponse<Void> response = client.search(s -> s.index(index).size(ids.size())
        .query(q -> q.ids(i -> i.values(ids))).storedFields("_none_")
        .docvalueFields(f -> f.field(ArticleFields.ID)).docvalueFields(f -> f.field(ArticleFields.CONTENT_HASH)),
        Void.class);
    Map<String, String> hashes = new HashMap<>();
    for (Hit<Void> hit : response.hits().hits()) {
      if (hit.fields().containsKey(ArticleFields.CONTENT_HASH)) {
        hashes.put(docValue(hit, ArticleFields.ID), docValue(hit, ArticleFields.CONTENT_HASH));
      }
    }
    List<String> unseen = ids.stream().filter(id -> !hashes.containsKey(id)).toList();
    if (!unseen.isEmpty()) {
      byId(client, index, unseen, ArticleFields.CONTENT_HASH).forEach((id, article) -> {
        if (article.contentHash() != null) {
          hashes.put(id, article.contentHash());
        }
      });
    }
    return hashes;
  }

  /** A field of a hit read from doc values ({@code docvalue_fields}): its first value. */
  public static String docValue(Hit<?> hit, String field) {
    return hit.fields().get(field).toJson().asJsonArray().getString(0);
  }

  /**
   * Writes the articles to {@code index} in one bulk request, each as an {@code index} by its id (new,
   * or replacing the stored one); the response's items follow the list's order.
   */
  public static BulkResponse indexAll(ElasticsearchClient client, String index, List<Article> articles)
      throws IOException {
    return client.bulk(b -> {
      articles.forEach(a -> b.operations(op -> op.index(i -> i.index(index).id(a.id()).document(a))));
      return b;
    });
  }

  /**
   * Marks the first copies with these ids as having copies ({@link Article#hasCopies}), in one bulk
   * request of partial updates; returns the ids {@code index} lacks (not written yet, or deleted).
   * An index made before the mark existed (until it is reindexed) refuses the field: nothing is
   * marked there, and its searches show a first copy without the count of its copies.
   */
  public static List<String> markHavingCopies(ElasticsearchClient client, String index, Collection<String> ids)
      throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    // Two bulk requests in flight may each hold a copy of one story and mark it at the same moment.
    BulkResponse response = client.bulk(b -> {
      ids.forEach(id -> b.operations(op -> op.update(u -> u.index(index).id(id).retryOnConflict(3)
          .action(a -> a.doc(Map.of(ArticleFields.HAS_COPIES, true))))));
      return b;
    });
    List<String> missing = new ArrayList<>();
    for (BulkResponseItem item : response.items()) {
      if (item.status() == 404) {
        missing.add(item.id());
      } else if (item.error() != null && !"strict_dynamic_mapping_exception".equals(item.error().type())) {
        throw new IOException("Elasticsearch refused to mark " + item.id() + " as having copies: "
            + item.error().reason());
      }
    }
    return missing;
  }
}
