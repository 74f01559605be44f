package newssearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newssearch.article.ArticleFields;

/**
 * Builds the Elasticsearch request for a {@link SearchQuery} read through a {@link SearchPlan}: a
 * pure function, no I/O. The plan gives the words' part; this adds the scopes ({@code title:},
 * {@code source:}), the filters, paging, sorting, folding of copies, facets and snippets.
 */
public final class QueryBuilder {

  /**
   * Fragments end at sentence ends where one fits, else at a word boundary past this length; on the
   * real RT/NG and Telegram articles 200 gives a median of about 160 characters, three in four under
   * 200, none much over it (measured, docs/evaluation.md).
   */
  static final int FRAGMENT_SIZE = 200;
  static final int FRAGMENTS = 3;
  static final int FACET_SIZE = 10;
  static final String HISTOGRAM = "histogram";
  static final String UNDATED = "undated";
  static final String COPIES = "copies";
  /**
   * A translated search's first pages are ranked among this many of its best articles once the
   * collection has weighed its translations: one pass over the index instead of two.
   */
  static final int RERANK_WINDOW = 100;
  /**
   * What a hit's source holds: the fields a hit shows ({@link ArticleHit}) and those that tell its
   * story ({@link newssearch.article.Article#story}). Not the text: its snippets are the
   * highlighter's, and the lede alone was a fifth of a Russian first page's answer, decoded by the
   * service and thrown away.
   */
  static final List<String> HIT_FIELDS = List.of(ArticleFields.ID, ArticleFields.URL, ArticleFields.SOURCE,
      ArticleFields.TITLE, ArticleFields.PUBLISHED_AT, ArticleFields.INGESTED_AT, ArticleFields.LANGUAGE,
      ArticleFields.PEOPLE, ArticleFields.ORGANIZATIONS, ArticleFields.PLACES, ArticleFields.DUPLICATE_OF,
      ArticleFields.HAS_COPIES);
  /** Elasticsearch's own default limit, minus one: a request value below it cuts instead of failing. */
  static final int MAX_ANALYZED_OFFSET = 999_999;
  /** Facet name in the response → keyword field. */
  static final List<String[]> FACETS = List.of(
      new String[] {"sources", ArticleFields.SOURCE},
      new String[] {"languages", ArticleFields.LANGUAGE},
      new String[] {"people", ArticleFields.PEOPLE},
      new String[] {"organizations", ArticleFields.ORGANIZATIONS},
      new String[] {"places", ArticleFields.PLACES});

  private QueryBuilder() {}

  /** The words as written, strictly, without recency: the plain search, with its counts. */
  public static SearchRequest build(String index, SearchQuery query) {
    Interpretation text = Interpretation.of(query.text());
    return build(index, query, text, new AsWrittenPlan(text), Reading.STRICT, Recency.OFF, true);
  }

  /** The search at one reading of its plan: the page, the total and, when {@code counted}, the facets and the histogram. */
  static SearchRequest build(String index, SearchQuery query, Interpretation text, SearchPlan plan, Reading reading,
      Recency recency, boolean counted) {
    return SearchRequest.of(s -> {
      s.index(index).query(ranked(query, text, plan, reading, recency)).trackTotalHits(t -> t.enabled(true));
      if (counted) {
        counts(s, query);
      }
      return page(s, query, text, plan);
    });
  }

  /**
   * Whether a translated search's page is ranked among its first pass's best {@link #RERANK_WINDOW}
   * articles ({@link #firstPass}, {@link #reranked}): the first pages ordered by relevance. Deeper
   * pages, cursors and date order run the weighed query over every match.
   */
  static boolean reranks(SearchQuery query) {
    return query.cursor() == null && byRelevance(query) && query.page() * query.size() <= RERANK_WINDOW;
  }

  /**
   * A translated search's first pass: its total, and the ids of its best {@code window} articles
   * (none when 0) as the plan ranks them before its translations are weighed, with the facets and
   * the histogram when {@code counted}; the caller adds what weighs them.
   */
  static SearchRequest.Builder firstPass(String index, SearchQuery query, Interpretation text, SearchPlan plan,
      Reading reading, Recency recency, int window, boolean counted) {
    SearchRequest.Builder s = new SearchRequest.Builder()
        .index(index)
        .query(ranked(query, text, plan, reading, recency))
        .size(window)
        .trackTotalHits(t -> t.enabled(true));
    withoutStoredFields(s);
    if (window > 0 && counted) {
      counts(s, query);
    }
    return s;
  }

  /** A page of the first pass's best articles, ranked by the weighed plan; no counts (the first pass has them). */
  static SearchRequest reranked(String index, SearchQuery query, Interpretation text, SearchPlan plan,
      Reading reading, Recency recency, List<String> ids) {
    Query ranked = ranked(query, text, plan, reading, recency);
    return SearchRequest.of(s -> {
      s.index(index)
          .query(q -> q.bool(b -> b.must(ranked).filter(f -> f.ids(i -> i.values(ids)))))
          .trackTotalHits(t -> t.enabled(false));
      return page(s, query, text, plan);
    });
  }

  private static boolean byRelevance(SearchQuery query) {
    return query.sort() == SearchQuery.Sort.RELEVANCE && query.hasText();
  }

  /** What matches, scored with recency when the hits are ordered by relevance. */
  private static Query ranked(SearchQuery query, Interpretation text, SearchPlan plan, Reading reading,
      Recency recency) {
    Query matching = matching(query, text, plan, reading);
    return !byRelevance(query) || !recency.on() ? matching : Query.of(q -> q.bool(b -> b.must(matching)
        .should(sh -> sh.distanceFeature(d -> d.date(f -> f.field(ArticleFields.PUBLISHED_AT)
            .origin("now/h").pivot(Time.of(t -> t.time(recency.pivot().toSeconds() + "s")))
            .boost((float) recency.boost()))))));
  }

  /** The facets, the histogram and the undated count. */
  private static void counts(SearchRequest.Builder s, SearchQuery query) {
    for (String[] facet : FACETS) {
      s.aggregations(facet[0], a -> a.terms(t -> t.field(facet[1]).size(FACET_SIZE)));
    }
    s.aggregations(HISTOGRAM, a -> a.dateHistogram(d -> d.field(ArticleFields.PUBLISHED_AT)
        .calendarInterval(CalendarInterval.valueOf(capitalized(query.histogramInterval())))
        .minDocCount(1)));
    s.aggregations(UNDATED, a -> a.missing(m -> m.field(ArticleFields.PUBLISHED_AT)));
  }

  /**
   * The articles a search at its strict reading matched that {@link SearchPlan#strictCount} counts:
   * the search's query and filters, and the plan's own strict reading.
   */
  static Query strictCount(SearchQuery query, Interpretation text, SearchPlan plan) {
    Query matched = matching(query, text, plan, Reading.STRICT);
    return Query.of(q -> q.bool(b -> b.filter(matched, plan.strictCount())));
  }

  /**
   * Hits that carry their id, score and sort values from doc values only. Even {@code _id}
   * is a stored field, and under {@code best_compression} (decision 0011) reading it decompresses
   * a block per hit: about 0.5 ms a hit, 50 ms for a first pass of 100.
   */
  private static void withoutStoredFields(SearchRequest.Builder s) {
    s.storedFields("_none_").docvalueFields(f -> f.field(ArticleFields.ID));
  }

  /** Paging, order, snippets and folding. */
  private static SearchRequest.Builder page(SearchRequest.Builder s, SearchQuery query, Interpretation text,
      SearchPlan plan) {
    s.from(query.cursor() == null ? (query.page() - 1) * query.size() : 0).size(query.size());
    // A story with copies is shown as its earliest one, fetched and highlighted by a request of its
    // own (earliestCopies); a story without is shown as this hit, whose source tells which it is.
    s.source(src -> src.filter(f -> f.includes(HIT_FIELDS))).highlight(highlight(text, plan));
    // The id breaks ties, so the order is total and search_after pages never skip or repeat.
    if (query.sort() == SearchQuery.Sort.INGESTED) {
      s.sort(o -> o.field(f -> f.field(ArticleFields.INGESTED_AT).order(SortOrder.Desc)));
    } else if (!byRelevance(query)) {
      s.sort(o -> o.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Desc).missing("_last")));
    } else {
      s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
    }
    s.sort(o -> o.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc)));
    // Elasticsearch cannot combine collapsing with search_after: deep paging lists every copy.
    // No inner hits: Elasticsearch runs the whole query again for each story on the page, ten
    // passes over the index for a translated query (measured: three times the search's cost).
    if (folds(query)) {
      s.collapse(c -> c.field(ArticleFields.STORY));
    }
    if (query.cursor() != null) {
      s.searchAfter(Cursor.decode(query.cursor()).orElseThrow(
          () -> new IllegalArgumentException("not a cursor: " + query.cursor())));
    }
    return s;
  }

  /**
   * Titles whole, up to three body fragments cut at word boundaries, else the lede; HTML-escaped
   * with {@code <mark>} as the only markup. Text past the first million characters is not
   * analysed for snippets, so a very long article is still found and shown without an error.
   */
  private static Highlight highlight(Interpretation text, SearchPlan plan) {
    return Highlight.of(h -> h
        .type(HighlighterType.Unified)
        .encoder(HighlighterEncoder.Html)
        .preTags("<mark>").postTags("</mark>")
        .maxAnalyzedOffset(MAX_ANALYZED_OFFSET)
        .fields(ArticleFields.TITLE, f -> marking(f, text, plan, ArticleFields.TITLE).numberOfFragments(0))
        .fields(ArticleFields.BODY, f -> marking(f, text, plan, ArticleFields.BODY)
            .fragmentSize(FRAGMENT_SIZE).numberOfFragments(FRAGMENTS))
        .fields(ArticleFields.LEDE, f -> marking(f, text, plan, ArticleFields.LEDE)
            .fragmentSize(FRAGMENT_SIZE).numberOfFragments(1).noMatchSize(FRAGMENT_SIZE)));
  }

  /** A field marked by its own query ({@link #highlightQuery}), when there are words to mark. */
  private static HighlightField.Builder marking(HighlightField.Builder f, Interpretation text, SearchPlan plan,
      String field) {
    Query marked = highlightQuery(text, plan, field);
    return marked == null ? f : f.highlightQuery(marked);
  }

  /** Whether the search folds copies of a story into one hit: not on cursor pages (see {@link #build}). */
  static boolean folds(SearchQuery query) {
    return query.collapse() && query.cursor() == null;
  }

  /**
   * For the stories with copies on a folded page, in one request: the earliest copy of each within
   * the search's scopes and filters, with its snippets, and how many copies it has there. The words
   * are not searched again: copies tell one story, and a translated query's words are the dearest
   * part of any request that carries them.
   */
  static SearchRequest earliestCopies(String index, SearchQuery query, Interpretation text, SearchPlan plan,
      List<String> stories) {
    Query ofStories = Query.of(q -> q.terms(t -> t.field(ArticleFields.STORY)
        .terms(v -> v.value(stories.stream().map(FieldValue::of).toList()))));
    Query copies = scopedAndFiltered(query, text, List.of(ofStories));
    return SearchRequest.of(s -> s
        .index(index)
        .query(copies)
        .size(stories.size())
        .trackTotalHits(t -> t.enabled(false))
        .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
        .highlight(highlight(text, plan))
        .sort(o -> o.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Asc).missing("_last")))
        .sort(o -> o.field(f -> f.field(ArticleFields.INGESTED_AT).order(SortOrder.Asc)))
        .sort(o -> o.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc)))
        .collapse(c -> c.field(ArticleFields.STORY))
        .aggregations(COPIES, a -> a.terms(t -> t.field(ArticleFields.STORY).size(stories.size()))));
  }

  /**
   * What the snippets of one field mark: the plan's words, without its proximity clause, whose
   * phrase would come back as one mark («<mark>Министр обороны</mark>»), and the {@code title:}
   * words. Null when nothing is searched for (then the lede is the snippet).
   */
  private static Query highlightQuery(Interpretation text, SearchPlan plan, String field) {
    List<Query> marked = new ArrayList<>();
    Query words = plan.highlight(field);
    if (words != null) {
      marked.add(words);
    }
    text.scoped(ScopedText.TITLE, false).forEach(t -> text.forms(t).forEach(f -> marked.add(everyWordIn(f, field))));
    return marked.isEmpty() ? null : Query.of(q -> q.bool(b -> b.should(marked)));
  }

  /** The articles a search finds at this reading, without ranking extras or paging. */
  static Query matching(SearchQuery query, Interpretation text, SearchPlan plan, Reading reading) {
    Query match = plan.matching(reading);
    Query scoped = scopedAndFiltered(query, text, List.of());
    return Query.of(q -> q.bool(b -> b.must(match).filter(scoped)));
  }

  /** The scopes ({@code title:}, {@code source:}, either excluded) and filters, with these filters added. */
  private static Query scopedAndFiltered(SearchQuery query, Interpretation text, List<Query> more) {
    List<Query> filters = filters(query);
    filters.addAll(more);
    List<Query> excluded = new ArrayList<>();
    List<Query> inTitle = text.scoped(ScopedText.TITLE, false).stream().map(t -> titleQuery(text, t)).toList();
    text.scoped(ScopedText.TITLE, true).forEach(t -> excluded.add(titleQuery(text, t)));
    List<String> sources = text.scoped(ScopedText.SOURCE, false);
    if (!sources.isEmpty()) {
      filters.add(Query.of(q -> q.bool(b -> b.should(sources.stream().map(QueryBuilder::sourceIs).toList()))));
    }
    text.scoped(ScopedText.SOURCE, true).forEach(v -> excluded.add(sourceIs(v)));
    return Query.of(q -> q.bool(b -> b.must(inTitle).filter(filters).mustNot(excluded)));
  }

  /**
   * {@code title:} — every word of the value (a phrase as a phrase) in the title, in any form; a
   * name in Latin letters also in its Russian forms ({@link Interpretation#names}).
   */
  private static Query titleQuery(Interpretation text, String value) {
    List<Query> forms = text.forms(value).stream()
        .map(form -> everyWordIn(form, ArticleFields.TITLE, ArticleFields.TITLE + ".exact")).toList();
    return forms.size() == 1 ? forms.get(0) : Query.of(q -> q.bool(b -> b.should(forms).minimumShouldMatch("1")));
  }

  /** Every word of a scoped value (a phrase as a phrase) in these fields. */
  private static Query everyWordIn(String value, String... fields) {
    String text = value.contains(" ") ? '"' + value + '"' : value;
    return Query.of(q -> q.simpleQueryString(s -> s.query(text)
        .fields(List.of(fields))
        .defaultOperator(Operator.And)
        .flags(SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Whitespace)
        .lenient(true)));
  }

  /**
   * {@code source:} — the outlet's name as stored, in any case; a domain also with its subdomains
   * ({@code source:rt.com} is «russian.rt.com» too), as people name an outlet by its site.
   */
  private static Query sourceIs(String value) {
    Query named = Query.of(q -> q.term(t -> t.field(ArticleFields.SOURCE).value(value).caseInsensitive(true)));
    if (value.indexOf('.') < 0) {
      return named;
    }
    // The outlets are few, so a pattern that starts with a wildcard reads a short list of names.
    String subdomains = "*." + value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    Query ofTheDomain = Query.of(q -> q.wildcard(w -> w.field(ArticleFields.SOURCE).value(subdomains)
        .caseInsensitive(true)));
    return Query.of(q -> q.bool(b -> b.should(named, ofTheDomain)));
  }

  /**
   * One article, found by id whatever the words, with the search's words marked in the whole of
   * its title, lede and body (not fragments): for reading the article after a search.
   */
  static SearchRequest markedArticle(String index, String id, Interpretation text, SearchPlan plan) {
    return SearchRequest.of(s -> s
        .index(index)
        .query(q -> q.ids(i -> i.values(id)))
        .size(1)
        .source(src -> src.fetch(false))
        .highlight(h -> h
            .type(HighlighterType.Unified)
            .encoder(HighlighterEncoder.Html)
            .preTags("<mark>").postTags("</mark>")
            .maxAnalyzedOffset(MAX_ANALYZED_OFFSET)
            .fields(ArticleFields.TITLE, f -> wholeFieldMarked(f, text, plan, ArticleFields.TITLE))
            .fields(ArticleFields.LEDE, f -> wholeFieldMarked(f, text, plan, ArticleFields.LEDE))
            .fields(ArticleFields.BODY, f -> wholeFieldMarked(f, text, plan, ArticleFields.BODY))));
  }

  /** The words as the search's snippets mark them; without any (only source:), nothing is marked. */
  private static HighlightField.Builder wholeFieldMarked(HighlightField.Builder f, Interpretation text,
      SearchPlan plan, String field) {
    Query words = Objects.requireNonNullElse(highlightQuery(text, plan, field), Query.of(q -> q.matchNone(m -> m)));
    return f.highlightQuery(words).numberOfFragments(0);
  }

  /** The other copies of a story (near-duplicates), oldest first. */
  public static SearchRequest copies(String index, String story, String exceptId, int size) {
    return SearchRequest.of(s -> s
        .index(index)
        .query(q -> q.bool(b -> b
            .filter(term(ArticleFields.STORY, story))
            .mustNot(m -> m.ids(i -> i.values(exceptId)))))
        .size(size)
        .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
        .sort(o -> o.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Asc).missing("_last")))
        .sort(o -> o.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc))));
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<Query> filters(SearchQuery query) {
    List<Query> filters = new ArrayList<>();
    if (query.from() != null || query.to() != null) {
      filters.add(Query.of(q -> q.range(r -> r.date(d -> {
        d.field(ArticleFields.PUBLISHED_AT);
        if (query.from() != null) {
          d.gte(query.from().toString());
        }
        if (query.to() != null) {
          d.lte(query.to().toString() + "T23:59:59.999Z");
        }
        return d;
      }))));
    }
    if (query.ingestedAfter() != null || query.ingestedUntil() != null) {
      filters.add(Query.of(q -> q.range(r -> r.date(d -> {
        d.field(ArticleFields.INGESTED_AT);
        if (query.ingestedAfter() != null) {
          d.gt(query.ingestedAfter().toString());
        }
        if (query.ingestedUntil() != null) {
          d.lte(query.ingestedUntil().toString());
        }
        return d;
      }))));
    }
    anyOf(filters, ArticleFields.SOURCE, query.sources());
    anyOf(filters, ArticleFields.LANGUAGE, query.languages());
    query.people().forEach(p -> filters.add(term(ArticleFields.PEOPLE, p)));
    query.organizations().forEach(o -> filters.add(term(ArticleFields.ORGANIZATIONS, o)));
    query.places().forEach(p -> filters.add(term(ArticleFields.PLACES, p)));
    return filters;
  }

  private static void anyOf(List<Query> filters, String field, List<String> values) {
    if (!values.isEmpty()) {
      filters.add(Query.of(q -> q.terms(t -> t.field(field)
          .terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
    }
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }
}
