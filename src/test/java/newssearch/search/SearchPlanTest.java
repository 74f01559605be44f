package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newssearch.crosslingual.TermGroup;
import org.junit.jupiter.api.Test;

/** Each plan by the JSON of the query it gives at each reading. */
class SearchPlanTest {

  private static JsonNode json(Query query) throws Exception {
    return new ObjectMapper().readTree(JsonpUtils.toJsonString(query, new JacksonJsonpMapper()));
  }

  private static final TermGroup DIGITAL = new TermGroup("digital", List.of("цифровой", "числовой"),
      TermGroup.Kind.DICTIONARY, "en");
  private static final TermGroup FORUM = new TermGroup("forum", List.of("форум"), TermGroup.Kind.DICTIONARY, "en");
  private static final TermGroup THE = new TermGroup("the", List.of(), TermGroup.Kind.SKIPPED, "en");
  private static final TermGroup YEAR = new TermGroup("2024", List.of(), TermGroup.Kind.KEPT, "number");

  @Test
  void asWrittenStrictlyNeedsEveryWordAndRankedAnyWithPhrasesAndExclusionsKept() throws Exception {
    AsWrittenPlan plan = new AsWrittenPlan(Interpretation.of("саммит ШОС \"Цифровой форум\" -Путин"));
    assertThat(plan.readings()).containsExactly(Reading.STRICT, Reading.RANKED);

    JsonNode strict = json(plan.matching(Reading.STRICT)).at("/bool/must/0/simple_query_string");
    assertThat(strict.get("default_operator").asText()).isEqualToIgnoringCase("and");
    assertThat(strict.get("query").asText()).isEqualTo("саммит ШОС \"Цифровой форум\" -Путин");

    JsonNode ranked = json(plan.matching(Reading.RANKED)).at("/bool/must/0/bool");
    assertThat(ranked.at("/must/0/multi_match/query").asText()).isEqualTo("Цифровой форум");
    assertThat(ranked.at("/must/0/multi_match/type").asText()).isEqualTo("phrase");
    assertThat(ranked.at("/must_not/0/multi_match/query").asText()).isEqualTo("Путин");
    JsonNode anyWord = ranked.at("/should/0/combined_fields");
    assertThat(anyWord.get("query").asText()).isEqualTo("саммит ШОС");
    assertThat(anyWord.get("operator").asText()).isEqualToIgnoringCase("or");
    assertThat(anyWord.get("fields").toString()).isEqualTo("[\"title^3\",\"lede^2\",\"body\"]");
    JsonNode preferred = json(plan.matching(Reading.RANKED)).at("/bool/should");
    assertThat(preferred.at("/0/combined_fields/fields/0").asText()).isEqualTo("title.exact^3");
    assertThat(preferred.at("/0/combined_fields/boost").floatValue()).as("the lemmas meet the exact forms already")
        .isEqualTo(AsWrittenPlan.RANKED_EXACT_FORMS);
    assertThat(preferred.at("/1/simple_query_string/default_operator").asText())
        .as("articles with every word still come first").isEqualToIgnoringCase("and");
    assertThat(preferred.at("/2/multi_match/slop").asInt()).isEqualTo(AsWrittenPlan.PROXIMITY_SLOP);
  }

  @Test
  void oneWordHasNothingToRankBy() {
    assertThat(new AsWrittenPlan(Interpretation.of("ШОС")).readings()).containsExactly(Reading.STRICT);
    assertThat(new AsWrittenPlan(Interpretation.of("\"саммит ШОС\"")).readings()).containsExactly(Reading.STRICT);
  }

  @Test
  void aTextTooLongToWeighWordByWordIsRankedByItsMostSignificantTermsInEachField() throws Exception {
    String pasted = "ШОС Астана ".repeat(AsWrittenPlan.MOST_RANKED_TERMS / 2) + "саммит \"Цифровой форум\" -Путин";
    AsWrittenPlan plan = new AsWrittenPlan(Interpretation.of(pasted));
    assertThat(plan.readings()).containsExactly(Reading.STRICT, Reading.RANKED);
    JsonNode ranked = json(plan.matching(Reading.RANKED)).at("/bool");
    assertThat(ranked.has("must_not")).isFalse();
    JsonNode fields = ranked.get("should");
    assertThat(fields).hasSize(SearchFields.STEMMED.size() + SearchFields.ENGLISH.size());
    assertThat(fields).allSatisfy(field -> {
      JsonNode similar = field.get("more_like_this");
      assertThat(similar.get("fields")).hasSize(1);
      assertThat(similar.get("max_query_terms").asInt()).isEqualTo(AsWrittenPlan.SIGNIFICANT_TERMS);
      assertThat(similar.get("min_term_freq").asInt()).isEqualTo(1);
      assertThat(similar.at("/like/0").asText()).as("a pasted text's quotes and dashes are its own")
          .startsWith("ШОС Астана ШОС").endsWith("саммит \"Цифровой форум\" -Путин");
    });
    assertThat(fields.get(0).at("/more_like_this/fields/0").asText()).isEqualTo("title");
    assertThat(fields.get(0).at("/more_like_this/boost").asDouble()).isEqualTo(3.0);
    assertThat(Interpretation.of(pasted).tooLongToWeigh()).isTrue();
    String glued = "a{1,9}Астана<script>".repeat(AsWrittenPlan.MOST_RANKED_TERMS / 4) + " ШОС";
    assertThat(Interpretation.of(glued).tooLongToWeigh()).as("words the tokenizer splits count").isTrue();
  }

  @Test
  void rankedReadingWithoutPhrasesNeedsOneWord() throws Exception {
    JsonNode ranked = json(new AsWrittenPlan(Interpretation.of("саммит ШОС")).matching(Reading.RANKED));
    assertThat(ranked.at("/bool/must/0/bool/minimum_should_match").asText()).isEqualTo("1");
  }

  @Test
  void intoRussianKeywordsAreRankedPreferringMostUnderstoodTerms() throws Exception {
    IntoRussianPlan plan = new IntoRussianPlan(List.of(THE, DIGITAL, FORUM, YEAR));
    assertThat(plan.readings()).containsExactly(Reading.RANKED);

    JsonNode ranked = json(plan.matching(Reading.RANKED)).get("bool");
    assertThat(ranked.at("/must/0/bool/minimum_should_match").asText()).isEqualTo("1");
    assertThat(ranked.at("/must/0/bool/should")).as("the function word is not searched").hasSize(3);
    assertThat(ranked.at("/should/0/bool/minimum_should_match").asText()).isEqualTo(IntoRussianPlan.MOST_TERMS);
    assertThat(ranked.at("/should/0/bool/should")).as("the year adds score, it is not preferred").hasSize(2);
  }

  @Test
  void aSentenceIsOnlyRankedAndAOneTermQueryNeedsItsTerm() throws Exception {
    List<TermGroup> sentence = List.of("police", "declared", "unlawful", "assembly", "crowd").stream()
        .map(w -> new TermGroup(w, List.of("слово"), TermGroup.Kind.DICTIONARY, "en")).toList();
    JsonNode ranked = json(new IntoRussianPlan(sentence).matching(Reading.RANKED)).get("bool");
    assertThat(ranked.get("minimum_should_match").asText()).isEqualTo("1");
    assertThat(ranked.get("should")).hasSize(5);
    assertThat(json(new IntoRussianPlan(sentence.subList(0, IntoRussianPlan.KEYWORDS)).matching(Reading.RANKED))
        .at("/bool/should/0/bool/minimum_should_match").asText()).isEqualTo(IntoRussianPlan.MOST_TERMS);
    assertThat(new IntoRussianPlan(List.of(THE, FORUM)).readings()).containsExactly(Reading.STRICT);
  }

  @Test
  void oneUnderstoodTermWithANumberNeedsTheTermFirst() throws Exception {
    IntoRussianPlan plan = new IntoRussianPlan(List.of(FORUM, YEAR));
    assertThat(plan.readings()).containsExactly(Reading.STRICT, Reading.RANKED);
    JsonNode strict = json(plan.matching(Reading.STRICT)).get("bool");
    assertThat(strict.at("/must/0/bool/should")).hasSize(1);
    assertThat(strict.get("should")).as("the year adds score").hasSize(1);
    assertThat(json(plan.matching(Reading.RANKED)).at("/bool/minimum_should_match").asText()).isEqualTo("1");
  }

  @Test
  void wordsBesideAPhraseAnExclusionOrAScopeCanBeTranslatedButNotAnOr() {
    assertThat(Interpretation.of("An \"unlawful assembly\" was declared").translatable()).isTrue();
    assertThat(Interpretation.of("police -Trump").translatable()).isTrue();
    assertThat(Interpretation.of("police title:crowd source:rt.com").translatable()).isTrue();
    assertThat(Interpretation.of("title:crowd").translatable()).as("no free words").isFalse();
    assertThat(Interpretation.of("police OR crowd").translatable()).isFalse();
    assertThat(Interpretation.of("police \"crowd\" -the ".repeat(AsWrittenPlan.MOST_RANKED_TERMS)).translatable())
        .as("a pasted passage's dashes are its own").isTrue();
  }

  @Test
  void aTranslatedQueryLeavesOutWhatIsExcludedAtEveryReading() throws Exception {
    IntoRussianPlan plan = new IntoRussianPlan(List.of(DIGITAL, FORUM), List.of("Biden", "Байден"))
        .withEvidence(Map.of(0, List.of(4L, 0L, 4L)));
    for (Reading reading : Reading.values()) {
      JsonNode leftOut = json(plan.matching(reading)).at("/bool/must_not");
      assertThat(leftOut).hasSize(2);
      assertThat(leftOut.at("/1/multi_match/query").asText()).isEqualTo("Байден");
      assertThat(leftOut.at("/1/multi_match/type").asText()).isEqualTo("phrase");
    }
    assertThat(json(new IntoRussianPlan(List.of(DIGITAL, FORUM)).matching(Reading.RANKED)).at("/bool/must_not")
        .isMissingNode()).isTrue();
  }

  @Test
  void aQueryAsWrittenLeavesOutAnExcludedNamesRussianFormsToo() throws Exception {
    Interpretation text = Interpretation.of("Путин -Biden").withNames(Map.of("Biden", List.of("Джо Байден", "Байден")));
    for (Reading reading : Reading.values()) {
      JsonNode leftOut = json(new AsWrittenPlan(text).matching(reading)).at("/bool/must_not");
      assertThat(leftOut).hasSize(2);
      assertThat(leftOut.at("/0/multi_match/query").asText()).isEqualTo("Джо Байден");
    }
    assertThat(json(new AsWrittenPlan(Interpretation.of("Путин -Biden")).matching(Reading.STRICT))
        .at("/bool/must_not").isMissingNode()).as("no names: the operator alone").isTrue();
  }

  @Test
  void aTermWeighsEachAlternativeByItsEvidence() throws Exception {
    IntoRussianPlan plan = new IntoRussianPlan(List.of(DIGITAL, FORUM)).withEvidence(Map.of(0, List.of(4L, 0L, 4L)));
    JsonNode digital = json(plan.matching(Reading.RANKED)).at("/bool/must/0/bool/should/0/dis_max/queries");
    assertThat(digital.at("/0/multi_match/query").asText()).isEqualTo("цифровой");
    assertThat(digital.at("/1/bool/boost").floatValue()).isEqualTo(TranslationEvidence.UNATTESTED);
    assertThat(digital.at("/1/bool/must/0/multi_match/query").asText()).isEqualTo("числовой");
    assertThat(digital.at("/2/dis_max/queries/0/multi_match/fields").toString()).as("the term as typed, last")
        .contains("title.en^3");
    assertThat(digital.at("/2/dis_max/queries/1/multi_match/query").asText()).isEqualTo("digital");
  }

  @Test
  void theTermAsTypedIsWeighedLikeASense() throws Exception {
    IntoRussianPlan plan = new IntoRussianPlan(List.of(DIGITAL, FORUM)).withEvidence(Map.of(1, List.of(3L, 0L)));
    JsonNode forum = json(plan.matching(Reading.RANKED)).at("/bool/must/0/bool/should/1/dis_max/queries");
    assertThat(forum.at("/0/multi_match/query").asText()).isEqualTo("форум");
    assertThat(forum.at("/1/bool/boost").floatValue()).as("«forum» in Latin letters: no sampled article")
        .isEqualTo(TranslationEvidence.UNATTESTED_AS_TYPED);
    assertThat(forum.at("/1/bool/must/0/dis_max/queries/0/multi_match/query").asText()).isEqualTo("forum");
  }

  @Test
  void snippetsMarkTheAlternativesTheSampleHoldsOrAllWhenItHoldsNone() throws Exception {
    TermGroup assembly = new TermGroup("assembly", List.of("собрание", "сборка"), TermGroup.Kind.DICTIONARY, "en");
    IntoRussianPlan plan = new IntoRussianPlan(List.of(DIGITAL, FORUM, assembly))
        .withEvidence(Map.of(0, List.of(4L, 0L, 1L), 2, List.of(0L, 0L, 0L)));
    List<String> marked = new ArrayList<>();
    json(plan.highlight("body")).at("/bool/should").forEach(word -> marked.add(word.at("/match/body/query").asText()));
    assertThat(marked).as("«числовой»: in no sampled article; «forum»: no evidence; «assembly»: none attested")
        .containsExactly("цифровой", "digital", "форум", "forum", "собрание", "сборка", "assembly");
  }

  @Test
  void aLongQuerysTranslatedWordIsAlsoScoredByTheFieldsAsOneAKeywordQuerysByItsBestField() throws Exception {
    TermGroup forum = new TermGroup("digital forum", List.of("цифровой форум", "форум"), TermGroup.Kind.GLOSSARY, "en");
    List<TermGroup> sentence = List.of(forum, DIGITAL, FORUM, DIGITAL, FORUM);
    IntoRussianPlan firstPass = new IntoRussianPlan(sentence);
    JsonNode alternatives = json(firstPass.withEvidence(Map.of(0, List.of(1L, 1L, 0L))).matching(Reading.RANKED))
        .at("/bool/should/0/dis_max/queries");

    assertThat(alternatives.at("/0/multi_match/query").asText()).isEqualTo("цифровой форум");
    assertThat(alternatives.at("/0/multi_match/type").asText()).as("a phrase: its best field only").isEqualTo("phrase");
    JsonNode word = alternatives.at("/1/bool");
    assertThat(word.at("/must/0/multi_match/query").asText()).as("what matches").isEqualTo("форум");
    assertThat(word.at("/should/0/combined_fields/query").asText()).as("what adds BM25F").isEqualTo("форум");
    assertThat(word.at("/should/0/combined_fields/fields").toString()).isEqualTo("[\"title^3\",\"lede^2\",\"body\"]");
    assertThat(json(firstPass.matching(Reading.RANKED)).at("/bool/should/0/dis_max/queries/1/multi_match/query")
        .asText()).as("the first pass, unweighed: best field only").isEqualTo("форум");

    JsonNode keywords = json(new IntoRussianPlan(sentence.subList(0, IntoRussianPlan.KEYWORDS)).matching(Reading.RANKED))
        .at("/bool/must/0/bool/should/0/dis_max/queries");
    assertThat(keywords.at("/1/multi_match/query").asText()).as("a keyword query: best field only").isEqualTo("форум");
  }

  @Test
  void aRussianQueryCountsOnlyItsRussianWordsToDecideTheReading() throws Exception {
    TermGroup tokayev = new TermGroup("Токаев", List.of("Tokayev", "Тоқаев"), TermGroup.Kind.ENTITY, "ru");
    TermGroup summit = new TermGroup("саммит", List.of("summit"), TermGroup.Kind.DICTIONARY, "ru");
    FromRussianPlan plan = new FromRussianPlan(new AsWrittenPlan(Interpretation.of("Токаев саммит")),
        List.of(tokayev, summit));
    assertThat(json(plan.strictCount()).at("/bool/must/0/simple_query_string/query").asText())
        .isEqualTo("Токаев саммит");
    JsonNode foreign = json(plan.matching(Reading.STRICT)).at("/bool/should/1/bool");
    assertThat(foreign.at("/must_not/0/term/language/value").asText()).isEqualTo("ru");
    assertThat(foreign.at("/must/0/bool/minimum_should_match").asText()).isEqualTo(IntoRussianPlan.MOST_TERMS);
    assertThat(json(plan.matching(Reading.RANKED)).at("/bool/should/1/bool/must/0/bool/minimum_should_match")
        .asText()).isEqualTo("1");
  }

  @Test
  void aRussianQuerysFormsInOtherLanguagesAreScoredAsItsRussianWordsOfTheSameReading() throws Exception {
    TermGroup tokayev = new TermGroup("Токаев", List.of("Tokayev", "Тоқаев", "Қасым-Жомарт Тоқаев"),
        TermGroup.Kind.ENTITY, "ru");
    FromRussianPlan plan = new FromRussianPlan(new AsWrittenPlan(Interpretation.of("Токаев")), List.of(tokayev));
    JsonNode strict = json(plan.matching(Reading.STRICT)).at("/bool/should/1/bool/must/0/bool/should/0/dis_max/queries");
    assertThat(strict.at("/0/multi_match/type").asText()).as("strictly, by the best field").isEqualTo("phrase");
    assertThat(strict.at("/1/bool/should/0/multi_match/type").asText()).isEqualTo("phrase");
    JsonNode ranked = json(plan.matching(Reading.RANKED)).at("/bool/should/1/bool/must/0/bool/should/0/dis_max/queries");
    assertThat(ranked.at("/0/combined_fields/fields/0").asText()).as("ranked, by BM25F").isEqualTo("title.en^3");
    assertThat(ranked.at("/1/bool/should/0/combined_fields/fields/0").asText()).isEqualTo("title^3");
    assertThat(ranked.at("/1/bool/should/1/bool/should/0/prefix/title.exact/value").asText()).as("a Kazakh word's start")
        .isEqualTo("тоқаев");
    assertThat(strict.at("/2/multi_match/fields/0").asText()).isEqualTo("title^3");
    assertThat(ranked.at("/2/multi_match/type").asText()).as("a name of several words: a phrase").isEqualTo("phrase");
    assertThat(ranked.at("/2/multi_match/boost").floatValue()).as("weighing one word, as «Токаев»").isEqualTo(1f / 3);
    assertThat(strict.at("/2/multi_match/boost").floatValue()).as("strictly, all its words").isEqualTo(1f);
  }
}
