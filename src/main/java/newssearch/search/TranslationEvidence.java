package newssearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighs a translated query's alternatives by what the collection says of them, in one size-0
 * request before the search: the query ranked over the whole index, its best articles sampled,
 * and in that sample the articles holding each alternative counted. A sense found among the
 * articles the other terms point to is the one the query means («issued» → «выпустил», not
 * «вытекание»); one never found there keeps a small weight, so an article that uses it still
 * matches but no longer outranks the ones that agree with the rest of the query. The same request
 * counts the strict reading, when the plan has one, which decides whether the search falls back to
 * the ranked one.
 */
final class TranslationEvidence {

  /** Best articles sampled: enough to see which senses agree, few enough to stay cheap. */
  static final int SAMPLE = 30;
  /** The weight of a sense no sampled article holds, where another sense of the same term is found. */
  static final float UNATTESTED = 0.3f;
  private static final String TOP = "top";
  private static final String ALTERNATIVES = "alternatives";

  /** The weighted plan and how many articles its strict reading finds (0 when it has none). */
  record Weighed(IntoRussianPlan plan, long strictHits) {}

  private TranslationEvidence() {}

  static Weighed weigh(ElasticsearchClient client, String index, SearchQuery query, Interpretation text,
      IntoRussianPlan plan) throws IOException {
    SearchResponse<Void> response = client.search(request(index, query, text, plan), Void.class);
    var strictCount = response.aggregations().get(QueryBuilder.STRICT);
    long strict = strictCount == null ? 0 : strictCount.filter().docCount();
    Map<String, FiltersBucket> counted = response.aggregations().get(TOP).sampler().aggregations()
        .get(ALTERNATIVES).filters().buckets().keyed();
    Map<Integer, List<Float>> weights = new HashMap<>();
    plan.searched().forEach((at, group) -> {
      List<Long> counts = new ArrayList<>();
      for (int i = 0; i < group.alternatives().size(); i++) {
        FiltersBucket bucket = counted.get(key(at, i));
        counts.add(bucket == null ? 0 : bucket.docCount());
      }
      weights.put(at, weights(counts));
    });
    return new Weighed(plan.weighted(weights), strict);
  }

  /**
   * Each alternative's share of the best-attested one's count, never under {@link #UNATTESTED};
   * all alike when none is attested (then the collection has nothing to say).
   */
  static List<Float> weights(List<Long> counts) {
    long most = counts.stream().mapToLong(Long::longValue).max().orElse(0);
    return counts.stream()
        .map(c -> most == 0 ? 1f : Math.max(UNATTESTED, (float) c / most))
        .toList();
  }

  static SearchRequest request(String index, SearchQuery query, Interpretation text, IntoRussianPlan plan) {
    Map<String, Query> alternatives = new LinkedHashMap<>();
    plan.searched().forEach((at, group) -> {
      if (group.alternatives().size() > 1) {
        for (int i = 0; i < group.alternatives().size(); i++) {
          alternatives.put(key(at, i), IntoRussianPlan.alternative(group.alternatives().get(i)));
        }
      }
    });
    if (alternatives.isEmpty()) {
      // Nothing to weigh; the aggregation still needs a filter.
      alternatives.put("none", Query.of(q -> q.matchNone(m -> m)));
    }
    Query ranked = QueryBuilder.matching(query, text, plan, Reading.RANKED);
    // A sentence has no strict reading: counting one would be a second pass over the index for nothing.
    Query strict = plan.readings().contains(Reading.STRICT)
        ? QueryBuilder.matching(query, text, plan, Reading.STRICT) : null;
    return SearchRequest.of(s -> {
      s.index(index)
          .size(0)
          .trackTotalHits(t -> t.enabled(false))
          .query(ranked)
          .aggregations(TOP, a -> a.sampler(m -> m.shardSize(SAMPLE))
              .aggregations(ALTERNATIVES, f -> f.filters(fs -> fs.filters(b -> b.keyed(alternatives)))));
      return strict == null ? s : s.aggregations(QueryBuilder.STRICT, a -> a.filter(strict));
    });
  }

  private static String key(int group, int alternative) {
    return group + ":" + alternative;
  }
}
