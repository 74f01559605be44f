package newssearch.crosslingual;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newssearch.article.ArticleFields;

/**
 * The vocabulary of the live index, asked in one request per query (a {@code filters} aggregation
 * with one phrase per candidate, counted over the stemmed title, lede and body, so «Токаев» counts
 * articles with «Токаева» too). Answers are remembered: the same names come back query after
 * query, and a word's count only grows as articles are added, so a remembered count errs on the
 * side of too few articles until the memory is full and starts again.
 */
final class IndexVocabulary implements Vocabulary {

  private static final int REMEMBERED = 50_000;
  private static final List<String> FIELDS = List.of(ArticleFields.TITLE, ArticleFields.LEDE, ArticleFields.BODY);

  private final ElasticsearchClient client;
  private final String alias;
  private final Map<String, Long> counts = new HashMap<>();

  IndexVocabulary(ElasticsearchClient client, String alias) {
    this.client = client;
    this.alias = alias;
  }

  @Override
  public Map<String, Long> documentCounts(Collection<String> words) {
    Map<String, Long> known = new HashMap<>();
    List<String> asked = new ArrayList<>();
    synchronized (counts) {
      for (String word : words) {
        Long count = counts.get(word);
        if (count == null) {
          asked.add(word);
        } else if (count > 0) {
          known.put(word, count);
        }
      }
    }
    if (asked.isEmpty()) {
      return known;
    }
    Map<String, Query> filters = new LinkedHashMap<>();
    for (String word : asked) {
      filters.put(word, Query.of(q -> q.multiMatch(m -> m.query(word).fields(FIELDS).type(TextQueryType.Phrase))));
    }
    SearchResponse<Void> response;
    try {
      response = client.search(s -> s.index(alias).size(0).trackTotalHits(t -> t.enabled(false))
          .aggregations("words", a -> a.filters(f -> f.filters(b -> b.keyed(filters)))), Void.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Long> answered = new HashMap<>();
    response.aggregations().get("words").filters().buckets().keyed()
        .forEach((word, bucket) -> answered.put(word, bucket.docCount()));
    synchronized (counts) {
      if (counts.size() + answered.size() > REMEMBERED) {
        counts.clear();
      }
      counts.putAll(answered);
    }
    answered.forEach((word, count) -> {
      if (count > 0) {
        known.put(word, count);
      }
    });
    return known;
  }
}
