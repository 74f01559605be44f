package newssearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import newssearch.article.Article;
import newssearch.article.ArticleFields;
import newssearch.crosslingual.QueryTranslator;
import newssearch.crosslingual.RussianQueryTranslator;
import newssearch.crosslingual.TermGroup;
import newssearch.index.IndexProperties;
import newssearch.system.ClusterTimeoutException;
import newssearch.system.ElasticsearchConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/** Runs a search on the cluster and maps the answer into the service's own {@link SearchResult}. */
@Service
public class SearchService {

  private static final Logger log = LoggerFactory.getLogger(SearchService.class);

  private final ElasticsearchClient searches;
  private final ElasticsearchClient lookups;
  private final String alias;
  private final QueryTranslator intoRussian;
  private final RussianQueryTranslator fromRussian;
  private final Recency recency;
  private final int rankedBelow;

  SearchService(ElasticsearchConnection connection, IndexProperties index, QueryTranslator intoRussian,
      RussianQueryTranslator fromRussian, SearchProperties properties) {
    this.searches = connection.searches();
    this.lookups = connection.searchLookups();
    this.alias = index.alias();
    this.intoRussian = intoRussian;
    this.fromRussian = fromRussian;
    this.recency = properties.recency();
    this.rankedBelow = properties.rankedBelow();
  }

  /** The search as a person sees it: the page with the facets and the histogram, and a correction when it found little. */
  public SearchResult search(SearchQuery query) throws IOException {
    return run(query, true);
  }

  /**
   * The same search without facets, histogram or correction: what feeds, alerts, exports and
   * counts of new articles read, which show none of them.
   */
  public SearchResult hits(SearchQuery query) throws IOException {
    return run(query, false);
  }

  /**
   * Parses the text once, plans it (as written, into Russian, or from Russian), and runs the
   * plan's readings in order: the strict one, then — when it found fewer than
   * {@code news.search.ranked-below} articles — the ranked one. A translated query runs a first
   * pass at each reading it tries, which counts it and weighs its alternatives by the collection
   * ({@link TranslationEvidence}); its first pages are then its best articles of that pass ranked
   * by the weighed plan, a request over those articles only.
   */
  private SearchResult run(SearchQuery query, boolean counted) throws IOException {
    Interpretation text = read(query);
    SearchPlan plan = plan(query, text);
    // What is new for a saved search holds its words (a translated one most of its terms), or a
    // quiet hour would alert every article holding one of them: a translated query of several
    // terms is otherwise only ranked.
    Reading reading = query.newOnly() ? Reading.STRICT : plan.readings().get(0);
    SearchResponse<Article> response;
    SearchResponse<?> counts;
    long strictHits;
    long took = 0;
    if (plan instanceof IntoRussianPlan translated) {
      int window = QueryBuilder.reranks(query) ? QueryBuilder.RERANK_WINDOW : 0;
      SearchResponse<Void> first = firstPass(query, text, translated, reading, window, counted);
      strictHits = hitCount(first);
      if (reading == Reading.STRICT && fallsBack(query, plan, strictHits)) {
        reading = Reading.RANKED;
        took += first.took();
        first = firstPass(query, text, translated, reading, window, counted);
      }
      took += first.took();
      plan = TranslationEvidence.weighed(first, translated);
      if (window > 0) {
        List<String> best = first.hits().hits().stream().map(hit -> docValue(hit, ArticleFields.ID)).toList();
        response = send(QueryBuilder.reranked(alias, query, text, plan, reading, recency, best), Article.class);
        counts = first;
      } else {
        response = send(QueryBuilder.build(alias, query, text, plan, reading, recency, counted), Article.class);
        counts = response;
      }
    } else {
      response = send(QueryBuilder.build(alias, query, text, plan, reading, recency, counted), Article.class);
      strictHits = strictHits(query, text, plan, response);
      if (fallsBack(query, plan, strictHits)) {
        reading = Reading.RANKED;
        response = send(QueryBuilder.build(alias, query, text, plan, reading, recency, counted), Article.class);
      }
      counts = response;
    }
    text = text.as(plan, reading);
    String didYouMean = counted && !(plan instanceof IntoRussianPlan) && !query.newOnly()
        && strictHits < DidYouMean.FEW_HITS && query.cursor() == null && text.plainWords()
        ? correction(query, strictHits) : null;
    List<ArticleHit> hits = shown(query, text, plan, response.hits().hits());
    Map<String, List<SearchResult.FacetValue>> facets = counted ? facets(counts) : Map.of();
    SearchResult.Histogram histogram = counted ? histogram(query, counts)
        : new SearchResult.Histogram(query.histogramInterval(), List.of(), 0);
    var total = counts.hits().total();
    List<Hit<Article>> page = response.hits().hits();
    String next = page.size() == query.size() ? Cursor.encode(page.get(page.size() - 1).sort()) : null;
    return new SearchResult(total == null ? hits.size() : total.value(),
        total == null || total.relation() == TotalHitsRelation.Eq, took + response.took(), text, hits, facets,
        histogram, next, didYouMean);
  }

  private static Map<String, List<SearchResult.FacetValue>> facets(SearchResponse<?> counts) {
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    for (String[] facet : QueryBuilder.FACETS) {
      List<SearchResult.FacetValue> values = new ArrayList<>();
      for (StringTermsBucket bucket : counts.aggregations().get(facet[0]).sterms().buckets().array()) {
        values.add(new SearchResult.FacetValue(bucket.key().stringValue(), bucket.docCount()));
      }
      facets.put(facet[0], values);
    }
    return facets;
  }

  private static SearchResult.Histogram histogram(SearchQuery query, SearchResponse<?> counts) {
    List<SearchResult.Bucket> buckets = counts.aggregations().get(QueryBuilder.HISTOGRAM).dateHistogram().buckets()
        .array().stream()
        .map(b -> new SearchResult.Bucket(Instant.ofEpochMilli(b.key()).atZone(ZoneOffset.UTC).toLocalDate().toString(),
            b.docCount()))
        .toList();
    long undated = counts.aggregations().get(QueryBuilder.UNDATED).missing().docCount();
    return new SearchResult.Histogram(query.histogramInterval(), buckets, undated);
  }

  /**
   * One search request. One the cluster stopped at its {@code timeout} has only the matches found so
   * far, with counts and facets to match: no answer to show as if it were whole.
   */
  private <T> SearchResponse<T> send(SearchRequest request, Class<T> type) throws IOException {
    SearchResponse<T> response = searches.search(request, type);
    if (response.timedOut()) {
      throw new ClusterTimeoutException("a search request on " + alias + " timed out on the cluster");
    }
    return response;
  }

  /** The first correction the phrase suggester offers that finds more articles than the text as typed. */
  private String correction(SearchQuery query, long typedHits) throws IOException {
    for (String option : spellingOptions(query.text())) {
      String corrected = DidYouMean.inUsersCase(query.text(), option);
      Interpretation correctedText = Interpretation.of(corrected);
      Query matching = QueryBuilder.matching(query.withText(corrected), correctedText,
          new AsWrittenPlan(correctedText), Reading.STRICT);
      if (count(matching) > typedHits) {
        return corrected;
      }
    }
    return null;
  }

  /**
   * A correction is a nicety: when the cluster refuses the suggester (an index built before the
   * spelling field existed, until it is reindexed) the search is still answered, without one.
   */
  private List<String> spellingOptions(String text) throws IOException {
    try {
      return send(DidYouMean.request(alias, text), Void.class)
          .suggest().getOrDefault(DidYouMean.SUGGESTER, List.of()).stream()
          .flatMap(suggestion -> suggestion.phrase().options().stream())
          .map(option -> option.text())
          .toList();
    } catch (ElasticsearchException e) {
      log.warn("No did-you-mean: Elasticsearch refused the suggester: {}", e.getMessage());
      return List.of();
    }
  }

  /**
   * Completions for the text typed so far: the people, organisations and places named most often
   * whose name has a word starting with it, then titles with words starting so.
   */
  public List<Suggestion> suggest(String prefix, int size) throws IOException {
    SearchResponse<Article> response = send(SuggestRequests.build(alias, prefix, size), Article.class);
    List<SearchResult.FacetValue> counted = new ArrayList<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    var entities = response.aggregations().get(SuggestRequests.ENTITIES).global().aggregations();
    for (String[] kind : SuggestRequests.ENTITY_KINDS) {
      for (StringTermsBucket bucket : entities.get(kind[0]).sterms().buckets().array()) {
        String name = bucket.key().stringValue();
        if (kinds.putIfAbsent(name, kind[0]) == null) {
          counted.add(new SearchResult.FacetValue(name, bucket.docCount()));
        }
      }
    }
    counted.sort(Comparator.comparingLong(SearchResult.FacetValue::count).reversed());
    List<Suggestion> suggestions = new ArrayList<>();
    counted.forEach(c -> suggestions.add(new Suggestion(c.value(), kinds.get(c.value()))));
    for (Hit<Article> hit : response.hits().hits()) {
      String title = hit.source() == null ? null : hit.source().title();
      if (title != null && !title.isBlank() && kinds.putIfAbsent(title, SuggestRequests.TITLE) == null) {
        suggestions.add(new Suggestion(title, SuggestRequests.TITLE));
      }
    }
    return suggestions.subList(0, Math.min(size, suggestions.size()));
  }

  /**
   * Every hit of the search, page after page, up to {@code limit}, as the answers show them
   * (copies folded); for the CSV export.
   */
  public void forEachHit(SearchQuery query, int limit, Consumer<ArticleHit> each) throws IOException {
    // Every page has the same size, so page × size is the offset; the last one is cut to the limit.
    int pageSize = 500;
    for (int page = 1, sent = 0; sent < limit; page++) {
      List<ArticleHit> hits = hits(query.withPage(pageSize, page)).hits();
      for (ArticleHit hit : hits.subList(0, Math.min(hits.size(), limit - sent))) {
        each.accept(hit);
      }
      sent += hits.size();
      if (hits.size() < pageSize) {
        return;
      }
    }
  }


  /**
   * How many articles the strict reading found, as exactly as the decisions on it need: whether it
   * is below {@code news.search.ranked-below} (fall back) or {@link DidYouMean#FEW_HITS} (offer a
   * correction). A plan that also searches the articles in other languages counts its Russian
   * reading apart. A Russian article on the page can only have matched that reading, so a page
   * showing enough of them answers, as the first page of a common query does; else one count request.
   * Counting it in the search itself, as an aggregation over every match, cost the node about 4 % of
   * its CPU per search (bench/README.md, Scale).
   */
  private long strictHits(SearchQuery query, Interpretation text, SearchPlan plan, SearchResponse<Article> response)
      throws IOException {
    if (plan.strictCount() == null) {
      return hitCount(response);
    }
    long russian = response.hits().hits().stream()
        .filter(hit -> hit.source() != null && "ru".equals(hit.source().language())).count();
    if (russian >= Math.max(rankedBelow, DidYouMean.FEW_HITS)) {
      return russian;
    }
    return count(QueryBuilder.strictCount(query, text, plan));
  }

  /** The articles that match, counted by the cluster without a page. */
  private long count(Query matching) throws IOException {
    return lookups.count(c -> c.index(alias).query(matching)).count();
  }

  /**
   * The strict reading found too little and the plan has a ranked one. The same decision is made
   * again for each page (a cursor's too), from the same counts, so the pages of one search agree.
   * Never over an ingestion window: what is new for a saved search holds every word, or a quiet
   * hour would alert every article that has one of them.
   */
  private boolean fallsBack(SearchQuery query, SearchPlan plan, long strictHits) {
    return !query.newOnly() && strictHits < rankedBelow && plan.readings().contains(Reading.RANKED);
  }

  /**
   * The user's text, parsed once; when the query is expanded, with the Russian forms of the names
   * it excludes or scopes to titles, which stand for them too.
   */
  private Interpretation read(SearchQuery query) {
    Interpretation text = Interpretation.of(query.text());
    if (!query.expand()) {
      return text;
    }
    Map<String, List<String>> names = new HashMap<>();
    for (String value : text.nameable()) {
      List<String> forms = intoRussian.nameForms(value);
      if (!forms.isEmpty()) {
        names.put(value, forms);
      }
    }
    return names.isEmpty() ? text : text.withNames(names);
  }

  /**
   * When the query asks for it and its words may be carried over ({@link Interpretation#translatable}):
   * an English (Kazakh, Latin-lettered) query into Russian, else a Russian query of plain words into
   * English and Kazakh as well; otherwise the words as written.
   */
  private SearchPlan plan(SearchQuery query, Interpretation text) {
    AsWrittenPlan asWritten = new AsWrittenPlan(text);
    if (!query.expand() || !text.translatable()) {
      return asWritten;
    }
    List<TermGroup> russian = intoRussian.translate(text.wordsToTranslate());
    if (text.tooLongToWeigh()) {
      // A pasted passage: searched by its most significant terms, as its ranked reading as written is.
      russian = intoRussian.mostSignificant(russian, AsWrittenPlan.SIGNIFICANT_TERMS);
    }
    if (russian.stream().anyMatch(TermGroup::required)) {
      // A pasted passage's dashes are its own: it excludes nothing.
      List<String> excluded = new ArrayList<>();
      if (!text.tooLongToWeigh()) {
        excluded.addAll(text.excluded());
        excluded.addAll(text.excludedNames());
      }
      return new IntoRussianPlan(russian, excluded);
    }
    if (!text.plainWords() || text.tooLongToWeigh()) {
      return asWritten;
    }
    List<TermGroup> other = fromRussian.translate(text.words());
    return other.isEmpty() ? asWritten : new FromRussianPlan(asWritten, other);
  }

  private SearchResponse<Void> firstPass(SearchQuery query, Interpretation text, IntoRussianPlan plan, Reading reading,
      int window, boolean counted) throws IOException {
    return send(TranslationEvidence.request(alias, query, text, plan, reading, recency, window, counted), Void.class);
  }

  private static long hitCount(SearchResponse<?> response) {
    return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
  }

  /** The whole stored article, if there is one with this id. */
  public Optional<Article> article(String id) throws IOException {
    var response = lookups.get(g -> g.index(alias).id(id), Article.class);
    return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
  }

  /**
   * The whole article with the words of {@code query} marked as its search marked them, and the
   * other copies of its story; empty if there is no article with this id.
   */
  public Optional<MarkedArticle> markedArticle(String id, SearchQuery query, int maxCopies)
      throws IOException {
    Optional<Article> found = article(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Article article = found.get();
    Map<String, List<String>> marks = Map.of();
    if (query.hasText()) {
      Interpretation text = read(query);
      var response = send(QueryBuilder.markedArticle(alias, id, text, plan(query, text)), Article.class);
      marks = response.hits().hits().isEmpty() ? Map.of() : response.hits().hits().get(0).highlight();
    }
    List<ArticleHit> copies = send(QueryBuilder.copies(alias, article.story(), id, maxCopies), Article.class)
        .hits().hits().stream().map(hit -> toHit(hit, hit, 0)).toList();
    return Optional.of(new MarkedArticle(article, markedOrEscaped(marks, ArticleFields.TITLE, article.title()),
        markedOrEscaped(marks, ArticleFields.LEDE, article.lede()), markedOrEscaped(marks, ArticleFields.BODY,
        article.body()), copies));
  }

  private static String markedOrEscaped(Map<String, List<String>> marks, String field, String text) {
    List<String> marked = marks.getOrDefault(field, List.of());
    return !marked.isEmpty() ? marked.get(0) : text == null ? "" : HtmlUtils.htmlEscape(text);
  }

  /**
   * The page as shown. A folded story is shown as its earliest copy (within the search's filters),
   * with that copy's snippets, the story's score and how many other copies it has; for the stories
   * that have copies ({@link Article#inStoryWithCopies}) those come from one more request
   * ({@link QueryBuilder#earliestCopies}). A story without copies is its hit as it came.
   */
  private List<ArticleHit> shown(SearchQuery query, Interpretation text, SearchPlan plan, List<Hit<Article>> page)
      throws IOException {
    List<String> stories = QueryBuilder.folds(query) ? page.stream().map(Hit::source)
        .filter(Article::inStoryWithCopies).map(Article::story).toList() : List.of();
    if (stories.isEmpty()) {
      return page.stream().map(hit -> toHit(hit, hit, 0)).toList();
    }
    SearchResponse<Article> copies = send(
        QueryBuilder.earliestCopies(alias, query, text, plan, stories), Article.class);
    Map<String, Hit<Article>> earliest = new HashMap<>();
    copies.hits().hits().forEach(hit -> earliest.put(hit.source().story(), hit));
    Map<String, Long> matched = new HashMap<>();
    copies.aggregations().get(QueryBuilder.COPIES).sterms().buckets().array()
        .forEach(bucket -> matched.put(bucket.key().stringValue(), bucket.docCount()));
    List<ArticleHit> hits = new ArrayList<>();
    for (Hit<Article> hit : page) {
      String story = hit.source().story();
      if (!hit.source().inStoryWithCopies()) {
        hits.add(toHit(hit, hit, 0));
      } else if (earliest.containsKey(story)) {
        // Absent only when the story's copies were removed between the two requests (a reindex).
        hits.add(toHit(hit, earliest.get(story), matched.getOrDefault(story, 1L) - 1));
      }
    }
    return hits;
  }

  /** A keyword field of a hit that carries doc values only (a translated search's first pass). */
  private static String docValue(Hit<?> hit, String field) {
    return hit.fields().get(field).toJson().asJsonArray().getString(0);
  }

  /** A hit as shown: the ranked hit's score, the shown copy's article and snippets. */
  private static ArticleHit toHit(Hit<Article> ranked, Hit<Article> shown, long copies) {
    Article a = shown.source();
    Map<String, List<String>> highlights = shown.highlight();
    List<String> titleHtml = highlights.getOrDefault(ArticleFields.TITLE, List.of());
    List<String> snippets = highlights.getOrDefault(ArticleFields.BODY, List.of());
    if (snippets.isEmpty()) {
      snippets = highlights.getOrDefault(ArticleFields.LEDE, List.of());
    }
    return new ArticleHit(a.id(), a.url(), a.source(), a.publishedAt(), a.ingestedAt(), a.language(), a.title(),
        titleHtml.isEmpty() ? HtmlUtils.htmlEscape(a.title()) : titleHtml.get(0), snippets,
        ranked.score() == null ? 0 : ranked.score(), a.people(), a.organizations(), a.places(), a.duplicateOf(),
        copies);
  }
}
