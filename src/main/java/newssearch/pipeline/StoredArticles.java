package newssearch.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import newssearch.article.Article;
import newssearch.article.ArticleFields;

/**
 * The articles an index already holds, read back and written again the three ways the pipeline,
 * the known stories and the reindex job need: page by page in ingest order, fetched by id, and
 * written as one bulk request.
 */
public final class StoredArticles {

  private StoredArticles() {}

  /** Receives one page of articles in ingest order. */
  @FunctionalInterface
  public interface PageSink<E extends Exception> {
    void accept(List<Hit<Article>> hits) throws E;
  }

  /**
   * Hands every article a search finds to the sink, page by page in ingest order
   * ({@code ingested_at}, then id), with {@code search_after}: a page deep in the index costs what
   * the first one does, where {@code from}/{@code size} would collect and sort every earlier hit
   * again. {@code search} names the rest (index or point in time, query, fields, slice). The last
   * page is the first one shorter than {@code pageSize}, possibly empty.
   */
  public static <E extends Exception> void inIngestOrder(ElasticsearchClient client, int pageSize,
      Consumer<SearchRequest.Builder> search, PageSink<E> sink) throws IOException, E {
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> from = after;
      SearchRequest request = SearchRequest.of(s -> {
        search.accept(s);
        s.size(pageSize)
            .sort(o -> o.field(f -> f.field(ArticleFields.INGESTED_AT).order(SortOrder.Asc)))
            .sort(o -> o.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc)));
        return from == null ? s : s.searchAfter(from);
      });
      List<Hit<Article>> hits = client.search(request, Article.class).hits().hits();
      sink.accept(hits);
      if (hits.size() < pageSize) {
        return;
      }
      after = hits.get(hits.size() - 1).sort();
    }
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
}
