package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import newssearch.crosslingual.TermGroup;
import org.junit.jupiter.api.Test;

class TranslationEvidenceTest {

  @Test
  void aSenseWeighsItsShareOfTheBestAttestedOneNeverUnderTheFloor() {
    assertThat(TranslationEvidence.weights(List.of(10L, 8L, 0L, 0L)))
        .containsExactly(1f, 0.8f, TranslationEvidence.UNATTESTED, TranslationEvidence.UNATTESTED_AS_TYPED);
    assertThat(TranslationEvidence.UNATTESTED_AS_TYPED).as("a Latin word's rarity is no evidence")
        .isLessThan(TranslationEvidence.UNATTESTED);
  }

  /** The first pass of «issued bonds», two senses of issued to weigh, with or without its counts. */
  private static JsonNode issuedBondsFirstPass(boolean counted) throws Exception {
    TermGroup issued = new TermGroup("issued", List.of("выпустить", "вытекание"), TermGroup.Kind.DICTIONARY, "en");
    TermGroup bonds = new TermGroup("bonds", List.of("облигация"), TermGroup.Kind.DICTIONARY, "en");
    SearchQuery query = new SearchQuery("issued bonds", null, null, List.of(), List.of(), List.of(), List.of(),
        List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, true, true);
    var request = TranslationEvidence.request("news", query, Interpretation.of(query.text()),
        new IntoRussianPlan(List.of(issued, bonds)), Reading.RANKED, Recency.OFF, QueryBuilder.RERANK_WINDOW, counted);
    return new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
  }

  @Test
  void withoutEvidenceEverySenseWeighsAlike() {
    assertThat(TranslationEvidence.weights(List.of(0L, 0L))).containsExactly(1f, 1f);
  }

  @Test
  void theFirstPassRanksCountsAndSamplesItsBestArticles() throws Exception {
    JsonNode body = issuedBondsFirstPass(true);
    assertThat(body.get("size").asInt()).isEqualTo(QueryBuilder.RERANK_WINDOW);
    assertThat(body.get("stored_fields").asText()).as("ids from doc values: no block decompressed per hit")
        .isEqualTo("_none_");
    assertThat(body.at("/docvalue_fields/0/field").asText()).isEqualTo("id");
    assertThat(body.at("/track_total_hits").asBoolean()).as("the total decides whether it falls back").isTrue();
    assertThat(body.at("/query/bool/must/0/bool/should/0/bool/minimum_should_match").asText())
        .as("both terms preferred, not required").isEqualTo(IntoRussianPlan.MOST_TERMS);
    assertThat(body.at("/aggregations/top/sampler/shard_size").asInt()).isEqualTo(TranslationEvidence.SAMPLE);
    JsonNode filters = body.at("/aggregations/top/aggregations/alternatives/filters/filters");
    assertThat(filters.fieldNames()).toIterable().as("each Russian form, then the term as typed")
        .containsExactly("0:0", "0:1", "0:2", "1:0", "1:1");
    assertThat(filters.at("/0:2/dis_max/queries/0/multi_match/query").asText()).isEqualTo("issued");
    assertThat(body.at("/aggregations").has("sources")).as("the page's counts come from this pass").isTrue();
    assertThat(body.at("/aggregations").has("histogram")).isTrue();
  }

  @Test
  void aFirstPassForHitsOnlyCountsNothingButTheStrictReading() throws Exception {
    JsonNode body = issuedBondsFirstPass(false);
    assertThat(body.at("/track_total_hits").asBoolean()).isTrue();
    assertThat(body.at("/aggregations").has("top")).as("the senses are still weighed").isTrue();
    assertThat(body.at("/aggregations").has("sources")).isFalse();
    assertThat(body.at("/aggregations").has("histogram")).isFalse();
  }

  @Test
  void aFirstPassWithoutAWindowOnlyCountsAndWeighs() throws Exception {
    List<TermGroup> sentence = List.of("police", "declared", "unlawful", "assembly", "crowd").stream()
        .map(w -> new TermGroup(w, List.of("слово", "речь"), TermGroup.Kind.DICTIONARY, "en")).toList();
    SearchQuery query = new SearchQuery("police declared unlawful assembly crowd", null, null, List.of(), List.of(),
        List.of(), List.of(), List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, true, true);
    var request = TranslationEvidence.request("news", query, Interpretation.of(query.text()),
        new IntoRussianPlan(sentence), Reading.RANKED, Recency.OFF, 0, true);
    JsonNode body = new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    assertThat(body.get("size").asInt()).isZero();
    assertThat(body.at("/aggregations").has("sources")).isFalse();
    assertThat(body.at("/aggregations").has("top")).isTrue();
  }
}
