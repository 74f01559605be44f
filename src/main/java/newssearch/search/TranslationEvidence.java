package newssearch.search;

import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighs a translated query's alternatives by what the collection says of them: the query at one
 * reading, its best articles sampled, and in that sample the articles holding each alternative
 * counted. A sense found among the articles the other terms point to is the one the query means
 * («issued» → «выпустил», not «вытекание»); one never found there weighs less, so an article that
 * uses it still matches but ranks below one that agrees with the rest of the query as well, and
 * snippets do not mark it. The same request is the search's first pass
 * ({@link QueryBuilder#firstPass}): its total (whether the strict reading found enough) and, for
 * the first pages, its counts and best articles, which the weighed plan then ranks.
 */
final class TranslationEvidence {

  /**
   * Best articles sampled: enough to see which senses agree, few enough that they are the articles
   * the query is about (15 found more WMT sentences than 30 or 60, and no fewer of the other sets).
   */
  static final int SAMPLE = 15;
  /**
   * The weight of a sense no sampled article holds, where another sense of the same term is found,
   * and the least any sense weighs. A mild discount: fifteen articles are a small sample, and a
   * right sense they miss (an everyday «заказ» among news of «приказ») is what a sentence's own
   * article says. 0.7 ranked more of every tuning set's targets first than 0.15, 0.3 or 0.5, and
   * 0.85 or 1 (no discount) lost XQuAD's English questions (docs/evaluation.md).
   */
  static final float UNATTESTED = 0.7f;
  /**
   * The same for the term as typed, the last alternative. A Latin word is rare in Russian articles
   * whether or not they are about it, so its inverse document frequency is high either way: where
   * the sample does not write it so, it weighs much less (a «Russia, Russia, Russia» quote does not
   * outrank «Россия»).
   */
  static final float UNATTESTED_AS_TYPED = 0.3f;
  private static final String TOP = "top";
  private static final String ALTERNATIVES = "alternatives";

  private TranslationEvidence() {}

  /** The first pass at this reading, with the sample that weighs the alternatives. */
  static SearchRequest request(String index, SearchQuery query, Interpretation text, IntoRussianPlan plan,
      Reading reading, Recency recency, int window, boolean counted) {
    Map<String, Query> alternatives = new LinkedHashMap<>();
    plan.searched().forEach((at, group) -> {
      // A term with Russian forms has a choice: those forms, or the term as typed (the last).
      if (!group.alternatives().isEmpty()) {
        for (int i = 0; i < group.alternatives().size(); i++) {
          alternatives.put(key(at, i), IntoRussianPlan.alternative(group.alternatives().get(i)));
        }
        alternatives.put(key(at, group.alternatives().size()), IntoRussianPlan.asWritten(group.source()));
      }
    });
    if (alternatives.isEmpty()) {
      // Nothing to weigh; the aggregation still needs a filter.
      alternatives.put("none", Query.of(q -> q.matchNone(m -> m)));
    }
    return QueryBuilder.firstPass(index, query, text, plan, reading, recency, window, counted)
        .aggregations(TOP, a -> a.sampler(m -> m.shardSize(SAMPLE))
            .aggregations(ALTERNATIVES, f -> f.filters(fs -> fs.filters(b -> b.keyed(alternatives)))))
        .build();
  }

  /**
   * The plan with the first pass's sample counted for each alternative: the counts weigh it and say
   * whether snippets mark it.
   */
  static IntoRussianPlan weighed(SearchResponse<?> firstPass, IntoRussianPlan plan) {
    Map<String, FiltersBucket> counted = firstPass.aggregations().get(TOP).sampler().aggregations()
        .get(ALTERNATIVES).filters().buckets().keyed();
    Map<Integer, List<Long>> evidence = new HashMap<>();
    plan.searched().forEach((at, group) -> {
      List<Long> counts = new ArrayList<>();
      for (int i = 0; i <= group.alternatives().size(); i++) {
        FiltersBucket bucket = counted.get(key(at, i));
        counts.add(bucket == null ? 0 : bucket.docCount());
      }
      evidence.put(at, counts);
    });
    return plan.withEvidence(evidence);
  }

  /**
   * Each alternative's share of the best-attested one's count, never under {@link #UNATTESTED}
   * ({@link #UNATTESTED_AS_TYPED} for the last, the term as typed); all alike when none is attested
   * (then the collection has nothing to say).
   */
  static List<Float> weights(List<Long> counts) {
    long most = counts.stream().mapToLong(Long::longValue).max().orElse(0);
    List<Float> weights = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      float floor = i == counts.size() - 1 ? UNATTESTED_AS_TYPED : UNATTESTED;
      weights.add(most == 0 ? 1f : Math.max(floor, (float) counts.get(i) / most));
    }
    return weights;
  }

  private static String key(int group, int alternative) {
    return group + ":" + alternative;
  }
}
