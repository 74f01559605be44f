package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryBuilderTest {

  private static JsonNode json(SearchQuery query) throws Exception {
    String body = JsonpUtils.toJsonString(QueryBuilder.build("news", query), new JacksonJsonpMapper());
    return new ObjectMapper().readTree(body);
  }

  private static SearchQuery query(String text) {
    return new SearchQuery(text, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
        SearchQuery.Sort.RELEVANCE, 10, 1, null, true, true);
  }

  @Test
  void wordsMustAllMatchWithOnlyHarmlessOperators() throws Exception {
    JsonNode body = json(query("Трамп -Путин OR \"саммит ШОС\""));
    JsonNode stemmed = body.at("/query/bool/must/0/bool/must/0/simple_query_string");
    assertThat(stemmed.get("query").asText()).isEqualTo("Трамп -Путин | \"саммит ШОС\"");
    assertThat(stemmed.get("default_operator").asText()).isEqualToIgnoringCase("and");
    assertThat(stemmed.get("fields").toString()).isEqualTo("[\"title^3\",\"lede^2\",\"body\"]");
    assertThat(stemmed.get("flags").asText()).isEqualTo("AND|OR|NOT|PHRASE|PRECEDENCE|WHITESPACE|ESCAPE");
    assertThat(body.at("/query/bool/must/0/bool/should/0/simple_query_string/fields").toString())
        .contains("title.exact^3");
  }

  @Test
  void aTitleScopedNameIsFoundInTheTitleInAnyOfItsFormsAndMarkedThere() throws Exception {
    Interpretation text = Interpretation.of("election title:Trump")
        .withNames(java.util.Map.of("Trump", List.of("Дональд Трамп", "Трамп")));
    SearchQuery query = query("election title:Trump");
    String body = JsonpUtils.toJsonString(QueryBuilder.build("news", query, text, new AsWrittenPlan(text),
        Reading.STRICT, Recency.OFF, true), new JacksonJsonpMapper());
    JsonNode request = new ObjectMapper().readTree(body);
    JsonNode inTitle = request.at("/query/bool/filter/0/bool/must/0/bool");
    assertThat(inTitle.get("minimum_should_match").asText()).isEqualTo("1");
    List<String> forms = new ArrayList<>();
    inTitle.get("should").forEach(f -> forms.add(f.at("/simple_query_string/query").asText()));
    assertThat(forms).containsExactly("Trump", "\"Дональд Трамп\"", "Трамп");
    assertThat(inTitle.at("/should/2/simple_query_string/fields").toString()).contains("title", "title.exact");
    assertThat(request.at("/highlight/fields/title/highlight_query").toString()).contains("Трамп");
    JsonNode unnamed = json(query("election title:Trump"));
    assertThat(unnamed.at("/query/bool/filter/0/bool/must/0/simple_query_string/query").asText())
        .as("without names, the value as written").isEqualTo("Trump");
  }

  @Test
  void aSearchForHitsOnlyAsksForNoFacets() throws Exception {
    SearchQuery query = query("Средний коридор");
    Interpretation text = Interpretation.of(query.text());
    SearchPlan plan = new AsWrittenPlan(text);
    JsonNode counted = new ObjectMapper().readTree(JsonpUtils.toJsonString(
        QueryBuilder.build("news", query, text, plan, Reading.STRICT, Recency.OFF, true), new JacksonJsonpMapper()));
    JsonNode hitsOnly = new ObjectMapper().readTree(JsonpUtils.toJsonString(
        QueryBuilder.build("news", query, text, plan, Reading.STRICT, Recency.OFF, false), new JacksonJsonpMapper()));

    assertThat(counted.get("aggregations").has("sources")).isTrue();
    assertThat(counted.get("aggregations").has("histogram")).isTrue();
    JsonNode aggregations = hitsOnly.path("aggregations");
    assertThat(aggregations.has("sources") || aggregations.has("histogram") || aggregations.has("undated")).isFalse();
    assertThat(aggregations.size()).isZero();
    assertThat(hitsOnly.get("track_total_hits").asBoolean()).isTrue();
  }

  @Test
  void snippetsAreEscapedAndMarked() throws Exception {
    SearchQuery unfolded = new SearchQuery("ШОС", null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
        SearchQuery.Sort.RELEVANCE, 10, 1, null, false, true);
    JsonNode highlight = json(unfolded).get("highlight");
    assertThat(highlight.get("encoder").asText()).isEqualTo("html");
    assertThat(highlight.get("pre_tags").get(0).asText()).isEqualTo("<mark>");
    assertThat(highlight.at("/fields/body/fragment_size").asInt()).isEqualTo(QueryBuilder.FRAGMENT_SIZE);
    assertThat(highlight.at("/fields/body/number_of_fragments").asInt()).isEqualTo(3);
    assertThat(highlight.at("/fields/lede/no_match_size").asInt()).isEqualTo(QueryBuilder.FRAGMENT_SIZE);
    assertThat(highlight.at("/fields/body/highlight_query").toString())
        .as("each field is marked by a query over itself alone").contains("[\"body\"]").doesNotContain("title");
    assertThat(highlight.at("/fields/title/highlight_query").toString()).contains("ШОС").doesNotContain("body");
  }

  @Test
  void aFoldedPageIsFetchedAndHighlightedAndTheEarliestCopiesOfItsStoriesAskedApart() throws Exception {
    JsonNode body = json(query("ШОС"));
    assertThat(body.at("/highlight/fields/body/number_of_fragments").asInt())
        .as("a story without copies is shown as its hit").isEqualTo(3);
    List<String> fetched = new ArrayList<>();
    body.at("/_source/includes").forEach(field -> fetched.add(field.asText()));
    assertThat(fetched).as("what a hit shows and what tells its story, not the text")
        .contains("title", "url", "duplicate_of", "has_copies").doesNotContain("lede", "body");
    assertThat(body.at("/collapse/field").asText()).isEqualTo("story");
    assertThat(body.at("/collapse").has("inner_hits")).as("inner hits rerun the query per story").isFalse();

    Interpretation scoped = Interpretation.of("ШОС source:tass.ru");
    String copies = JsonpUtils.toJsonString(QueryBuilder.earliestCopies("news", query("ШОС source:tass.ru"), scoped,
        new AsWrittenPlan(scoped), List.of("a", "b")), new JacksonJsonpMapper());
    JsonNode earliest = new ObjectMapper().readTree(copies);
    assertThat(earliest.at("/query/bool/filter").toString()).contains("{\"terms\":{\"story\":[\"a\",\"b\"]}}")
        .as("the scopes hold for the copy shown").contains("tass.ru");
    assertThat(earliest.at("/query").toString()).as("the words are not searched again").doesNotContain("ШОС");
    assertThat(earliest.at("/collapse/field").asText()).isEqualTo("story");
    assertThat(earliest.at("/sort/0/published_at/order").asText()).isEqualTo("asc");
    assertThat(earliest.at("/highlight/fields/body/number_of_fragments").asInt()).isEqualTo(3);
    assertThat(earliest.at("/aggregations/copies/terms/field").asText()).isEqualTo("story");
  }

  @Test
  void aTranslatedSearchsFirstPagesAreRankedAmongItsFirstPassBestArticles() throws Exception {
    assertThat(QueryBuilder.reranks(query("forum"))).isTrue();
    assertThat(QueryBuilder.reranks(query("forum").withPage(10, 11))).as("past the window").isFalse();
    Interpretation text = Interpretation.of("forum");
    String page = JsonpUtils.toJsonString(QueryBuilder.reranked("news", query("forum"), text, new AsWrittenPlan(text),
        Reading.STRICT, Recency.OFF, List.of("a", "b")), new JacksonJsonpMapper());
    JsonNode body = new ObjectMapper().readTree(page);
    assertThat(body.at("/query/bool/filter/0/ids/values").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(body.has("aggregations")).as("the first pass counted").isFalse();
    assertThat(body.at("/track_total_hits").asBoolean()).isFalse();
    assertThat(body.at("/collapse/field").asText()).isEqualTo("story");
  }

  @Test
  void filtersAreFiltersAndPagesAreOffsets() throws Exception {
    SearchQuery q = new SearchQuery("выборы", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"),
        List.of("tass.ru", "ria.ru"), List.of("ru"), List.of("Касым-Жомарт Токаев"), List.of(), List.of("Астана"),
        SearchQuery.Sort.DATE, 20, 3, null, true, true);
    JsonNode body = json(q);
    JsonNode filters = body.at("/query/bool/filter");
    assertThat(filters.toString())
        .contains("\"published_at\"", "\"gte\":\"2024-01-01\"", "\"lte\":\"2024-12-31T23:59:59.999Z\"")
        .contains("{\"terms\":{\"source\":[\"tass.ru\",\"ria.ru\"]}}")
        .contains("{\"term\":{\"people\":{\"value\":\"Касым-Жомарт Токаев\"}}}");
    assertThat(body.get("from").asInt()).isEqualTo(40);
    assertThat(body.get("size").asInt()).isEqualTo(20);
    assertThat(body.at("/sort/0/published_at/order").asText()).isEqualTo("desc");
    assertThat(body.at("/aggregations/places/terms/field").asText()).isEqualTo("places");
  }

  @Test
  void theIdBreaksTiesAndACursorContinuesAfterTheLastHit() throws Exception {
    JsonNode first = json(query("ШОС"));
    assertThat(first.get("sort").toString()).isEqualTo("[{\"_score\":{\"order\":\"desc\"}},{\"id\":{\"order\":\"asc\"}}]");
    String cursor = Cursor.encode(List.of(co.elastic.clients.elasticsearch._types.FieldValue.of(12.5),
        co.elastic.clients.elasticsearch._types.FieldValue.of("u123")));
    JsonNode next = json(new SearchQuery("ШОС", null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
        SearchQuery.Sort.RELEVANCE, 10, 7, cursor, true, true));
    assertThat(next.get("search_after").toString()).isEqualTo("[12.5,\"u123\"]");
    assertThat(next.get("from").asInt()).isZero();
    assertThat(next.has("collapse")).as("collapse cannot go with search_after").isFalse();
    assertThat(first.at("/collapse/field").asText()).isEqualTo("story");
    assertThat(Cursor.valid("not-a-cursor")).isFalse();
  }

  @Test
  void theHistogramFitsTheDateRange() throws Exception {
    SearchQuery month = new SearchQuery("", LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"), List.of(),
        List.of(), List.of(), List.of(), List.of(), SearchQuery.Sort.DATE, 10, 1, null, true, true);
    assertThat(json(month).at("/aggregations/histogram/date_histogram/calendar_interval").asText()).isEqualTo("day");
    assertThat(json(query("")).at("/aggregations/histogram/date_histogram/calendar_interval").asText()).isEqualTo("month");
    assertThat(json(query("")).at("/aggregations/undated/missing/field").asText()).isEqualTo("published_at");
  }

  @Test
  void noTextListsEverythingNewestFirst() throws Exception {
    JsonNode body = json(query(""));
    assertThat(body.at("/query/bool/must/0").has("match_all")).isTrue();
    assertThat(body.at("/sort/0/published_at/order").asText()).isEqualTo("desc");
  }
}
