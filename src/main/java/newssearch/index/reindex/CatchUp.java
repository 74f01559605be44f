package newssearch.index.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import newssearch.article.Article;
import newssearch.article.ArticleFields;
import newssearch.pipeline.StoredArticles;

/**
 * Copies what was written to the old index while a reindex ran: every article whose
 * {@code ingested_at} is at or after a moment, unless the new index already has it as recent. An
 * ingest stamps {@code ingested_at} when it assembles an article, a little before the write lands,
 * so callers look back by a margin; copying an article twice changes nothing.
 */
final class CatchUp {

  private static final int BATCH = 500;

  private final ElasticsearchClient client;
  private final ReindexProperties settings;
  private final UnaryOperator<Article> reprocess;

  CatchUp(ElasticsearchClient client, ReindexProperties settings, UnaryOperator<Article> reprocess) {
    this.client = client;
    this.settings = settings;
    this.reprocess = reprocess;
  }

  /** Copies the articles of {@code from} stamped at or after {@code since} that {@code to} lacks or has older; returns how many. */
  long copy(String from, String to, Instant since) throws Exception {
    client.indices().refresh(r -> r.index(from));
    Query recent = Query.of(q -> q.range(r -> r.date(d -> d.field(ArticleFields.INGESTED_AT).gte(since.toString()))));
    List<Article> batch = new ArrayList<>();
    long[] written = {0};
    try (ArticleSnapshot snapshot = ArticleSnapshot.open(client, from, recent, 1, settings.pageSize())) {
      snapshot.forEach(article -> {
        batch.add(article);
        if (batch.size() == BATCH) {
          written[0] += writeNewer(batch, to);
          batch.clear();
        }
      });
    }
    return written[0] + writeNewer(batch, to);
  }

  private long writeNewer(List<Article> articles, String to) throws IOException {
    if (articles.isEmpty()) {
      return 0;
    }
    Map<String, Article> present = StoredArticles.byId(client, to, articles.stream().map(Article::id).toList(),
        ArticleFields.INGESTED_AT);
    List<Article> newer = articles.stream()
        .filter(a -> !present.containsKey(a.id()) || isAfter(a.ingestedAt(), present.get(a.id()).ingestedAt()))
        .map(reprocess)
        .toList();
    if (newer.isEmpty()) {
      return 0;
    }
    BulkResponse response = StoredArticles.indexAll(client, to, newer);
    if (response.errors()) {
      var failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
      throw new IOException("The new index refused a caught-up article " + failed.id() + ": " + failed.error().reason());
    }
    // A first copy marked in the old index after it was copied is not newer: its copy marks it here.
    StoredArticles.markHavingCopies(client, to, newer.stream().map(Article::duplicateOf).filter(Objects::nonNull)
        .collect(Collectors.toSet()));
    return newer.size();
  }

  private static boolean isAfter(Instant candidate, Instant present) {
    return present == null || (candidate != null && candidate.isAfter(present));
  }
}
