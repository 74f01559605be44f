package newssearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import newssearch.article.ArticleFields;
import newssearch.crosslingual.RussianForms;
import newssearch.crosslingual.TermGroup;

/**
 * Builds the Elasticsearch request for a {@link SearchQuery}: a pure function, no I/O.
 *
 * <p>The user's text goes to {@code simple_query_string}, which never fails on syntax, with only
 * the operators people use (words that must all match, {@code "phrases"}, {@code -exclusion},
 * {@code OR}, parentheses); prefix and fuzzy operators are off, so {@code *} and {@code ~} are
 * plain characters and no input can turn into an expensive query. Title and lede weigh more than
 * the body; the unstemmed {@code .exact} subfields add to the score of exact matches.
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
  /** Of a Russian query's hits, those its words as written found: whether it needs relaxing. */
  static final String AS_WRITTEN = "as_written";
  static final String COPIES = "copies";
  /** Words at most this many positions out of place still count as near one another. */
  static final int PROXIMITY_SLOP = 4;
  /** Elasticsearch's own default limit, minus one: a request value below it cuts instead of failing. */
  static final int MAX_ANALYZED_OFFSET = 999_999;
  private static final Pattern OR = Pattern.compile("\\s+OR\\s+");
  /**
   * Of the understood terms of a translated query: both of two, 75 % of more (two of three): a
   * translation is a guess, and one term the article words differently («summit» where it says
   * «форум») must not hide it.
   */
  private static final String CROSS_LINGUAL_MINIMUM = "2<75%";
  /** No PREFIX, FUZZY, NEAR, SLOP: {@code *} and {@code ~} stay plain characters. */
  private static final List<SimpleQueryStringFlag> OPERATORS = List.of(SimpleQueryStringFlag.And,
      SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Phrase,
      SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape);
  private static final List<String> FIELDS = List.of(
      ArticleFields.TITLE + "^3", ArticleFields.LEDE + "^2", ArticleFields.BODY);
  private static final List<String> EXACT_FIELDS = List.of(
      ArticleFields.TITLE + ".exact^3", ArticleFields.LEDE + ".exact^2", ArticleFields.BODY + ".exact");
  private static final List<String> ENGLISH_FIELDS = List.of(
      ArticleFields.TITLE + ".en^3", ArticleFields.LEDE + ".en^2", ArticleFields.BODY + ".en");
  /** Facet name in the response → keyword field. */
  static final List<String[]> FACETS = List.of(
      new String[] {"sources", ArticleFields.SOURCE},
      new String[] {"languages", ArticleFields.LANGUAGE},
      new String[] {"people", ArticleFields.PEOPLE},
      new String[] {"organizations", ArticleFields.ORGANIZATIONS},
      new String[] {"places", ArticleFields.PLACES});

  private QueryBuilder() {}

  public static SearchRequest build(String index, SearchQuery query) {
    return build(index, query, Recency.OFF, false, Translation.NONE);
  }

  /**
   * With {@code relaxed}, most words instead of all must match: the fallback when all of them
   * found nothing (two of two, three of four, 75 % of more). With a translation into Russian,
   * each term matches through any of its Russian alternatives or itself, and articles matching
   * more terms rank higher; with one from Russian, the articles in other languages are found
   * through the words' forms in those languages as well.
   */
  static SearchRequest build(String index, SearchQuery query, Recency recency, boolean relaxed,
      Translation translation) {
    Query matching = matching(query, relaxed, translation);
    boolean byRelevance = query.sort() == SearchQuery.Sort.RELEVANCE && query.hasText();
    Query bool = !byRelevance || !recency.on() ? matching : Query.of(q -> q.bool(b -> b.must(matching)
        .should(sh -> sh.distanceFeature(d -> d.date(f -> f.field(ArticleFields.PUBLISHED_AT)
            .origin("now/h").pivot(Time.of(t -> t.time(recency.pivot().toSeconds() + "s")))
            .boost((float) recency.boost()))))));
    return SearchRequest.of(s -> {
      s.index(index)
          .query(bool)
          .from(query.cursor() == null ? (query.page() - 1) * query.size() : 0)
          .size(query.size())
          .trackTotalHits(t -> t.enabled(true));
      boolean folding = query.collapse() && query.cursor() == null;
      // A folded story is shown as its earliest copy, fetched and highlighted as the inner hit;
      // the top hit's own source and snippets would be work thrown away (highlighting is the
      // dearest part of a search).
      if (folding) {
        s.source(src -> src.fetch(false));
      } else {
        s.source(src -> src.filter(f -> f.excludes(ArticleFields.BODY)))
            .highlight(highlight(highlightQuery(query, relaxed, translation)));
      }
      for (String[] facet : FACETS) {
        s.aggregations(facet[0], a -> a.terms(t -> t.field(facet[1]).size(FACET_SIZE)));
      }
      s.aggregations(HISTOGRAM, a -> a.dateHistogram(d -> d.field(ArticleFields.PUBLISHED_AT)
          .calendarInterval(CalendarInterval.valueOf(capitalized(query.histogramInterval())))
          .minDocCount(1)));
      s.aggregations(UNDATED, a -> a.missing(m -> m.field(ArticleFields.PUBLISHED_AT)));
      if (translation.fromRussian()) {
        s.aggregations(AS_WRITTEN, a -> a.filter(textQuery(query.scoped().words(), relaxed, false)));
      }
      // The id breaks ties, so the order is total and search_after pages never skip or repeat.
      if (!byRelevance) {
        s.sort(o -> o.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Desc).missing("_last")));
      } else {
        s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
      }
      s.sort(o -> o.field(f -> f.field(ArticleFields.ID).order(SortOrder.Asc)));
      // Elasticsearch cannot combine collapsing with search_after: deep paging lists every copy.
      if (folding) {
        // The hit shown for a story is its earliest copy; the group's best score still ranks it.
        s.collapse(c -> c.field(ArticleFields.STORY).innerHits(i -> i.name(COPIES).size(1)
            .sort(o -> o.field(f -> f.field(ArticleFields.PUBLISHED_AT).order(SortOrder.Asc).missing("_last")))
            .sort(o -> o.field(f -> f.field(ArticleFields.INGESTED_AT).order(SortOrder.Asc)))
            .source(src -> src.filter(f -> f.excludes(ArticleFields.BODY)))
            .highlight(highlight(highlightQuery(query, relaxed, translation)))));
      }
      if (query.cursor() != null) {
        s.searchAfter(Cursor.decode(query.cursor()).orElseThrow(
            () -> new IllegalArgumentException("not a cursor: " + query.cursor())));
      }
      return s;
    });
  }

  /**
   * Titles whole, up to three body fragments cut at word boundaries, else the lede; HTML-escaped
   * with {@code <mark>} as the only markup. Text past the first million characters is not
   * analysed for snippets, so a very long article is still found and shown without an error.
   */
  private static Highlight highlight(Query highlightQuery) {
    return Highlight.of(h -> {
      if (highlightQuery != null) {
        h.highlightQuery(highlightQuery);
      }
      return h
          .type(HighlighterType.Unified)
          .encoder(HighlighterEncoder.Html)
          .preTags("<mark>").postTags("</mark>")
          .maxAnalyzedOffset(MAX_ANALYZED_OFFSET)
          .fields(ArticleFields.TITLE, f -> f.numberOfFragments(0))
          .fields(ArticleFields.BODY, f -> f.fragmentSize(FRAGMENT_SIZE).numberOfFragments(FRAGMENTS))
          .fields(ArticleFields.LEDE, f -> f.fragmentSize(FRAGMENT_SIZE).numberOfFragments(1)
              .noMatchSize(FRAGMENT_SIZE));
    });
  }

  /**
   * What the snippets mark: the words as searched, without the proximity clause, whose phrase
   * would come back as one mark («<mark>Министр обороны</mark>»); readers scan for their words.
   * Null when nothing is searched for (then the lede is the snippet).
   */
  private static Query highlightQuery(SearchQuery query, boolean relaxed, Translation translation) {
    if (translation.intoRussian()) {
      return crossLingualHighlight(translation.groups());
    }
    ScopedText scoped = query.scoped();
    List<Query> marked = new ArrayList<>();
    if (!scoped.words().isBlank()) {
      marked.add(textQuery(scoped.words(), relaxed, false));
    }
    if (translation.fromRussian()) {
      marked.add(crossLingualHighlight(translation.groups()));
    }
    scoped.values(ScopedText.TITLE, false).forEach(t -> marked.add(titleQuery(t)));
    return marked.isEmpty() ? null : Query.of(q -> q.bool(b -> b.should(marked)));
  }

  /** The articles a search finds, without ranking or paging: the query of {@link #build}. */
  static Query matching(SearchQuery query, boolean relaxed, Translation translation) {
    ScopedText scoped = query.scoped();
    Query match = scoped.words().isBlank() ? Query.of(q -> q.matchAll(m -> m))
        : translation.intoRussian() ? crossLingualQuery(translation.groups())
        : translation.fromRussian() ? Query.of(q -> q.bool(b -> b
            .should(textQuery(scoped.words(), relaxed, true), foreignQuery(translation.groups()))))
        : textQuery(scoped.words(), relaxed, true);
    List<Query> filters = filters(query);
    List<Query> excluded = new ArrayList<>();
    List<Query> inTitle = scoped.values(ScopedText.TITLE, false).stream().map(QueryBuilder::titleQuery).toList();
    scoped.values(ScopedText.TITLE, true).forEach(t -> excluded.add(titleQuery(t)));
    List<String> sources = scoped.values(ScopedText.SOURCE, false);
    if (!sources.isEmpty()) {
      filters.add(Query.of(q -> q.bool(b -> b.should(sources.stream().map(QueryBuilder::sourceIs).toList()))));
    }
    scoped.values(ScopedText.SOURCE, true).forEach(v -> excluded.add(sourceIs(v)));
    return Query.of(q -> q.bool(b -> b.must(match).must(inTitle).filter(filters).mustNot(excluded)));
  }

  /** {@code title:} — every word of the value (a phrase as a phrase) in the title, in any form. */
  private static Query titleQuery(String value) {
    String text = value.contains(" ") ? '"' + value + '"' : value;
    return Query.of(q -> q.simpleQueryString(s -> s.query(text)
        .fields(ArticleFields.TITLE, ArticleFields.TITLE + ".exact")
        .defaultOperator(Operator.And)
        .flags(SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Whitespace)
        .lenient(true)));
  }

  /** {@code source:} — the outlet's name as stored, in any case. */
  private static Query sourceIs(String value) {
    return Query.of(q -> q.term(t -> t.field(ArticleFields.SOURCE).value(value).caseInsensitive(true)));
  }

  /**
   * All the words must match (in the stemmed fields), or most when relaxed; exact forms score
   * higher, and with {@code proximity} so do words close together.
   */
  static Query textQuery(String text, boolean relaxed, boolean proximity) {
    String userText = OR.matcher(text).replaceAll(" | ");
    Query stemmed = Query.of(q -> q.simpleQueryString(s -> {
      s.query(userText)
          .fields(FIELDS)
          .defaultOperator(relaxed ? Operator.Or : Operator.And)
          .flags(OPERATORS)
          .lenient(true);
      return relaxed ? s.minimumShouldMatch("2<75%") : s;
    }));
    Query exact = Query.of(q -> q.simpleQueryString(s -> s
        .query(userText)
        .fields(EXACT_FIELDS)
        .defaultOperator(Operator.Or)
        .flags(OPERATORS)
        .lenient(true)));
    List<String> words = Interpretation.of(text, relaxed).terms();
    if (!proximity || words.size() < 2) {
      return Query.of(q -> q.bool(b -> b.must(stemmed).should(exact)));
    }
    // The words near one another, in any of their forms, score higher than the same words apart.
    Query near = Query.of(q -> q.multiMatch(m -> m.query(String.join(" ", words)).fields(FIELDS)
        .type(TextQueryType.Phrase).slop(PROXIMITY_SLOP)));
    return Query.of(q -> q.bool(b -> b.must(stemmed).should(exact, near)));
  }

  /**
   * Pirkola's structured query: one clause per understood term, satisfied by any of its
   * translations (as phrases in the Russian fields) or by the term itself (in the English
   * subfields, and as written, for names in Latin letters), scored as its best alternative so
   * that a term with many translations weighs no more than one with a single one; most such terms
   * must be present, and each one present adds score. Words kept as written (numbers, unknown
   * words) add score when present but are not required; skipped function words are not searched.
   */
  static Query crossLingualQuery(List<TermGroup> groups) {
    List<Query> required = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    for (TermGroup group : groups) {
      if (group.kind() == TermGroup.Kind.SKIPPED) {
        continue;
      }
      List<Query> alternatives = new ArrayList<>();
      for (String russian : group.alternatives()) {
        alternatives.add(Query.of(q -> q.multiMatch(m -> m.query(russian).fields(FIELDS).type(TextQueryType.Phrase))));
        RussianForms.verbStem(russian).ifPresent(stem -> alternatives.add(wordStart(stem)));
      }
      alternatives.add(Query.of(q -> q.multiMatch(m -> m.query(group.source()).fields(ENGLISH_FIELDS)
          .operator(Operator.And))));
      alternatives.add(Query.of(q -> q.multiMatch(m -> m.query(group.source()).fields(FIELDS).type(TextQueryType.Phrase))));
      (group.required() ? required : optional).add(Query.of(q -> q.disMax(d -> d.queries(alternatives))));
    }
    if (required.isEmpty()) {
      return Query.of(q -> q.bool(b -> b.should(optional).minimumShouldMatch("1")));
    }
    return Query.of(q -> q.bool(b -> b.must(mostOf(required)).should(optional)));
  }

  /**
   * A Russian query in the articles written in other languages: each understood term through any
   * of its forms (English ones in the English subfields; Kazakh ones, which take suffixes, also as
   * the start of a word), most such terms present, Latin words and numbers as written adding
   * score. Russian articles are left to the query as written, so they rank as they would without
   * it.
   */
  static Query foreignQuery(List<TermGroup> groups) {
    List<Query> required = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    for (TermGroup group : groups) {
      if (!group.alternatives().isEmpty()) {
        required.add(Query.of(q -> q.disMax(d -> d.queries(group.alternatives().stream().map(QueryBuilder::foreignForm)
            .toList()))));
      } else if (group.kind() == TermGroup.Kind.KEPT && !isCyrillic(group.source())) {
        optional.add(Query.of(q -> q.multiMatch(m -> m.query(group.source()).fields(ENGLISH_FIELDS)
            .type(TextQueryType.Phrase))));
      }
    }
    return Query.of(q -> q.bool(b -> b.must(mostOf(required)).should(optional)
        .mustNot(n -> n.term(t -> t.field(ArticleFields.LANGUAGE).value("ru")))));
  }

  /** Most of the understood terms of a translated query: {@link #CROSS_LINGUAL_MINIMUM}. */
  private static Query mostOf(List<Query> terms) {
    return Query.of(q -> q.bool(b -> b.should(terms).minimumShouldMatch(CROSS_LINGUAL_MINIMUM)));
  }

  /** A word of the title or body, unstemmed, that starts with {@code start} (lowercase, ё as е). */
  private static Query wordStart(String start) {
    return Query.of(q -> q.bool(b -> b
        .should(s -> s.prefix(p -> p.field(ArticleFields.TITLE + ".exact").value(start)))
        .should(s -> s.prefix(p -> p.field(ArticleFields.BODY + ".exact").value(start)))));
  }

  private static Query foreignForm(String form) {
    if (!isCyrillic(form)) {
      return Query.of(q -> q.multiMatch(m -> m.query(form).fields(ENGLISH_FIELDS).type(TextQueryType.Phrase)));
    }
    Query phrase = Query.of(q -> q.multiMatch(m -> m.query(form).fields(FIELDS).type(TextQueryType.Phrase)));
    if (form.contains(" ")) {
      return phrase;
    }
    // Тоқаев is Тоқаевтың, Тоқаевқа… in Kazakh text: the name starts the word.
    String start = form.toLowerCase(Locale.ROOT).replace('ё', 'е');
    return Query.of(q -> q.bool(b -> b.should(phrase, wordStart(start))));
  }

  private static boolean isCyrillic(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }

  /**
   * What to mark in a translated query's snippets: every word of every alternative. The search
   * itself matches multi-word translations as phrases, but a phrase would come back as one mark
   * («<mark>Цифровой форум</mark>»); readers scan for their words.
   */
  static Query crossLingualHighlight(List<TermGroup> groups) {
    List<Query> words = new ArrayList<>();
    for (TermGroup group : groups) {
      if (group.kind() == TermGroup.Kind.SKIPPED) {
        continue;
      }
      for (String russian : group.alternatives()) {
        words.add(Query.of(q -> q.multiMatch(m -> m.query(russian).fields(FIELDS).operator(Operator.And))));
      }
      words.add(Query.of(q -> q.multiMatch(m -> m.query(group.source()).fields(FIELDS))));
    }
    return Query.of(q -> q.bool(b -> b.should(words)));
  }

  /**
   * One article, found by id whatever the words, with the search's words marked in the whole of
   * its title, lede and body (not fragments): for reading the article after a search.
   */
  static SearchRequest markedArticle(String index, String id, SearchQuery query, Translation translation) {
    // The words as the search's snippets mark them; without any (only source:), nothing is marked.
    Query words = Objects.requireNonNullElse(highlightQuery(query, false, translation),
        Query.of(q -> q.matchNone(m -> m)));
    return SearchRequest.of(s -> s
        .index(index)
        .query(q -> q.ids(i -> i.values(id)))
        .size(1)
        .source(src -> src.fetch(false))
        .highlight(h -> h
            .highlightQuery(words)
            .type(HighlighterType.Unified)
            .encoder(HighlighterEncoder.Html)
            .preTags("<mark>").postTags("</mark>")
            .maxAnalyzedOffset(MAX_ANALYZED_OFFSET)
            .fields(ArticleFields.TITLE, f -> f.numberOfFragments(0))
            .fields(ArticleFields.LEDE, f -> f.numberOfFragments(0))
            .fields(ArticleFields.BODY, f -> f.numberOfFragments(0))));
  }

  /** The other copies of a story (near-duplicates), oldest first. */
  public static SearchRequest copies(String index, String story, String exceptId, int size) {
    return SearchRequest.of(s -> s
        .index(index)
        .query(q -> q.bool(b -> b
            .filter(term(ArticleFields.STORY, story))
            .mustNot(m -> m.ids(i -> i.values(exceptId)))))
        .size(size)
        .source(src -> src.filter(f -> f.excludes(ArticleFields.BODY)))
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
