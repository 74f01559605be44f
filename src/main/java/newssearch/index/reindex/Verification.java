package newssearch.index.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import newssearch.article.Article;
import newssearch.article.ArticleFields;
import newssearch.pipeline.StoredArticles;

/**
 * The checks before the switch: the new index holds at least every article of the snapshot, and a
 * random sample of the old index's articles is found in the new one with every field that a
 * reindex must carry over equal (id, address, source, dates, tags) and the text equal to today's
 * cleaning of the old text. Entities, language and duplicate links are left out: changing those is
 * what a reindex is for. Only articles stamped before the job began are sampled, so that a write
 * landing during the check is no false alarm.
 */
final class Verification {

  private static final Map<String, Function<Article, Object>> CARRIED_OVER = Map.of(
      ArticleFields.URL, Article::url,
      ArticleFields.SOURCE, Article::source,
      ArticleFields.PUBLISHED_AT, Article::publishedAt,
      ArticleFields.INGESTED_AT, Article::ingestedAt,
      ArticleFields.TAGS, Article::tags,
      ArticleFields.TITLE, Article::title,
      ArticleFields.LEDE, Article::lede,
      ArticleFields.BODY, Article::body,
      ArticleFields.CONTENT_HASH, Article::contentHash);

  private final ElasticsearchClient client;
  private final int sampleSize;

  Verification(ElasticsearchClient client, int sampleSize) {
    this.client = client;
    this.sampleSize = sampleSize;
  }

  /** Returns how many articles were compared; throws {@link Failed} naming what differs. */
  long verify(String source, String target, long expected, Instant stampedBefore, UnaryOperator<Article> reclean)
      throws IOException, Failed {
    client.indices().refresh(r -> r.index(target));
    long present = client.count(c -> c.index(target)).count();
    if (present < expected) {
      throw new Failed("the new index has " + present + " articles, the snapshot of the old one had " + expected);
    }
    List<Article> sample = client.search(s -> s.index(source).size(sampleSize)
        .query(q -> q.functionScore(f -> f
            .query(b -> b.range(r -> r.date(d -> d.field(ArticleFields.INGESTED_AT).lt(stampedBefore.toString()))))
            .functions(fn -> fn.randomScore(rs -> rs.seed(Long.toString(System.nanoTime())).field("_seq_no"))))),
        Article.class).hits().hits().stream().map(Hit::source).toList();
    if (sample.isEmpty()) {
      return 0;
    }
    Map<String, Article> copied = StoredArticles.byId(client, target, sample.stream().map(Article::id).toList());
    List<String> differences = new ArrayList<>();
    for (Article original : sample) {
      Article copy = copied.get(original.id());
      if (copy == null) {
        differences.add(original.id() + " is missing");
        continue;
      }
      Article expectedCopy = reclean.apply(original);
      CARRIED_OVER.forEach((field, value) -> {
        if (!Objects.equals(value.apply(expectedCopy), value.apply(copy))) {
          differences.add(original.id() + " differs in " + field);
        }
      });
    }
    if (!differences.isEmpty()) {
      throw new Failed(differences.size() + " differences in a sample of " + sample.size() + ": "
          + String.join(", ", differences.subList(0, Math.min(5, differences.size()))));
    }
    return sample.size();
  }

  /** The new index is not a faithful copy; the job stops before the switch. */
  static final class Failed extends Exception {
    Failed(String message) {
      super("Verification failed: " + message);
    }
  }
}
