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
    assertThat(TranslationEvidence.weights(List.of(10L, 5L, 0L)))
        .containsExactly(1f, 0.5f, TranslationEvidence.UNATTESTED);
  }

  @Test
  void withoutEvidenceEverySenseWeighsAlike() {
    assertThat(TranslationEvidence.weights(List.of(0L, 0L))).containsExactly(1f, 1f);
  }

  @Test
  void theRequestRanksSamplesTheBestArticlesAndCountsTheStrictReading() throws Exception {
    TermGroup issued = new TermGroup("issued", List.of("выпустить", "вытекание"), TermGroup.Kind.DICTIONARY, "en");
    TermGroup bonds = new TermGroup("bonds", List.of("облигация"), TermGroup.Kind.DICTIONARY, "en");
    SearchQuery query = new SearchQuery("issued bonds", null, null, List.of(), List.of(), List.of(), List.of(),
        List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, true, true);
    var request = TranslationEvidence.request("news", query, Interpretation.of(query.text()),
        new IntoRussianPlan(List.of(issued, bonds)));
    JsonNode body = new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    assertThat(body.get("size").asInt()).isZero();
    assertThat(body.at("/aggregations/top/sampler/shard_size").asInt()).isEqualTo(TranslationEvidence.SAMPLE);
    JsonNode filters = body.at("/aggregations/top/aggregations/alternatives/filters/filters");
    assertThat(filters.fieldNames()).toIterable().as("only a term with a choice of senses is weighed")
        .containsExactly("0:0", "0:1");
    assertThat(body.at("/aggregations/strict/filter/bool/must/0/bool/must/0/bool/minimum_should_match").asText())
        .isEqualTo(IntoRussianPlan.MOST_TERMS);
  }

  @Test
  void aSentenceHasNoStrictReadingToCount() throws Exception {
    List<TermGroup> sentence = List.of("police", "declared", "unlawful", "assembly", "crowd").stream()
        .map(w -> new TermGroup(w, List.of("слово", "речь"), TermGroup.Kind.DICTIONARY, "en")).toList();
    SearchQuery query = new SearchQuery("police declared unlawful assembly crowd", null, null, List.of(), List.of(),
        List.of(), List.of(), List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, true, true);
    var request = TranslationEvidence.request("news", query, Interpretation.of(query.text()),
        new IntoRussianPlan(sentence));
    JsonNode body = new ObjectMapper().readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    assertThat(body.at("/aggregations").has("strict")).isFalse();
    assertThat(body.at("/aggregations").has("top")).isTrue();
  }
}
