package newssearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newssearch.crosslingual.TermGroup;

/**
 * An English (Kazakh, Latin-lettered) query searched as its Russian forms: Pirkola's structured
 * query, one clause per understood term, satisfied by any of its translations (as phrases in the
 * Russian fields) or by the term itself (in the English subfields, and as written, for names in
 * Latin letters), scored as its best alternative so that a term with many translations weighs no
 * more than one with a single one. Each alternative carries a weight from the collection
 * ({@link TranslationEvidence}): a sense found among the best articles of the other terms counts
 * fully, one never found with them counts little.
 *
 * <p>Ranked, not filtered, once it has two understood terms: a translation is a guess, and one
 * term the article words differently («summit» where it says «форум», a sense the dictionary lacks)
 * must not hide it. Any term matches, each adding its score, so that articles holding more terms,
 * and rarer ones, come first. A keyword query of up to {@link #KEYWORDS} understood terms prefers
 * the articles holding most of them (both of two, 75 % of more): their terms are scored twice. A
 * longer query (a sentence, a question) describes rather than filters: it is only ranked. A query
 * of one understood term (with numbers or words kept as written, say) needs that term first, and
 * is ranked only when no article has it.
 *
 * <p>Words after a minus stay excluded, as written, and a name among them in its Russian forms too
 * ({@link Interpretation#names}).
 *
 * @param groups   the query's terms with their alternatives
 * @param excluded words and phrases no matching article may hold: the exclusions as written, and the
 *                 Russian forms of those that are names
 * @param evidence per group (by its position), how many of the first pass's sampled articles hold
 *                 each of its alternatives (in order), then the term as typed; a group without an
 *                 entry weighs and marks them alike
 */
record IntoRussianPlan(List<TermGroup> groups, List<String> excluded, Map<Integer, List<Long>> evidence)
    implements SearchPlan {

  /** Of the understood terms, what a keyword query prefers: both of two, 75 % of more (two of three). */
  static final String MOST_TERMS = "2<75%";
  /** A query of more understood terms than this describes: no article is preferred for holding most. */
  static final int KEYWORDS = 4;

  IntoRussianPlan(List<TermGroup> groups) {
    this(groups, List.of());
  }

  IntoRussianPlan(List<TermGroup> groups, List<String> excluded) {
    this(groups, List.copyOf(excluded), Map.of());
  }

  @Override
  public List<Reading> readings() {
    return searched().size() < 2 ? List.of(Reading.STRICT)
        : understood() < 2 ? List.of(Reading.STRICT, Reading.RANKED) : List.of(Reading.RANKED);
  }

  @Override
  public Query matching(Reading reading) {
    Query words = words(reading);
    if (excluded.isEmpty()) {
      return words;
    }
    List<Query> leftOut = excluded.stream().map(IntoRussianPlan::alternative).toList();
    return Query.of(q -> q.bool(b -> b.must(words).mustNot(leftOut)));
  }

  private Query words(Reading reading) {
    List<Query> required = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    boolean describes = understood() > KEYWORDS;
    // The first pass, unweighed, scores without BM25F ({@link #scored}).
    boolean asOneFieldToo = describes && weighed();
    searched().forEach((at, group) -> (group.required() ? required : optional).add(term(at, group, asOneFieldToo)));
    Query most = Query.of(q -> q.bool(b -> b.should(required).minimumShouldMatch(MOST_TERMS)));
    if (reading == Reading.STRICT && !required.isEmpty()) {
      return Query.of(q -> q.bool(b -> b.must(most).should(optional)));
    }
    List<Query> any = new ArrayList<>(required);
    any.addAll(optional);
    Query anyTerm = Query.of(q -> q.bool(b -> b.should(any).minimumShouldMatch("1")));
    if (required.size() < 2 || describes) {
      return anyTerm;
    }
    // Preferred, not required: an article holding most terms scores them twice.
    return Query.of(q -> q.bool(b -> b.must(anyTerm).should(most)));
  }

  private long understood() {
    return searched().values().stream().filter(TermGroup::required).count();
  }

  /**
   * Every word of the alternatives the collection attests ({@link #marked}). The search matches
   * multi-word translations as phrases, but a phrase would come back as one mark («<mark>Цифровой
   * форум</mark>»); readers scan for their words.
   */
  @Override
  public Query highlight(String field) {
    List<Query> words = new ArrayList<>();
    searched().forEach((at, group) -> {
      List<Boolean> marked = marked(at, group);
      for (int i = 0; i < group.alternatives().size(); i++) {
        String russian = group.alternatives().get(i);
        if (marked.get(i)) {
          words.add(Query.of(q -> q.match(m -> m.field(field).query(russian).operator(Operator.And))));
        }
      }
      if (marked.get(group.alternatives().size())) {
        words.add(Query.of(q -> q.match(m -> m.field(field).query(group.source()))));
      }
    });
    return Query.of(q -> q.bool(b -> b.should(words)));
  }

  /**
   * Per alternative of a term, then the term as typed, whether snippets mark it: those some sampled
   * article holds, or all when none does. A sense no sampled article holds is mostly nowhere among
   * the articles shown; marking it anyway is what costs: the highlighter looks up each of its words
   * again for every article and field it marks (about a quarter of a translated sentence's ranking
   * request, for the few marks it adds).
   */
  private List<Boolean> marked(int at, TermGroup group) {
    List<Long> counts = evidence.getOrDefault(at, List.of());
    boolean attested = counts.stream().anyMatch(c -> c > 0);
    List<Boolean> marked = new ArrayList<>();
    for (int i = 0; i <= group.alternatives().size(); i++) {
      marked.add(!attested || i >= counts.size() || counts.get(i) > 0);
    }
    return marked;
  }

  @Override
  public List<TermGroup> expansions() {
    return groups;
  }

  /** The same plan with this evidence for its alternatives ({@link TranslationEvidence}). */
  IntoRussianPlan withEvidence(Map<Integer, List<Long>> counts) {
    return new IntoRussianPlan(groups, excluded, Map.copyOf(counts));
  }

  /**
   * Whether the first pass's evidence is in: unweighed, the plan is that first pass
   * ({@link TranslationEvidence}).
   */
  private boolean weighed() {
    return !evidence.isEmpty();
  }

  /** The searched groups by their position in {@link #groups}: all but the skipped function words. */
  Map<Integer, TermGroup> searched() {
    Map<Integer, TermGroup> searched = new LinkedHashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).kind() != TermGroup.Kind.SKIPPED) {
        searched.put(i, groups.get(i));
      }
    }
    return searched;
  }

  /**
   * One Russian alternative as matched: a phrase in the Russian fields. The index lemmatises, so a
   * dictionary's infinitive («отменить») meets the conjugated forms news writes («отменил»).
   */
  static Query alternative(String russian) {
    return Query.of(q -> q.multiMatch(m -> m.query(russian).fields(SearchFields.STEMMED)
        .type(TextQueryType.Phrase)));
  }

  /**
   * One Russian alternative as scored. In a keyword query, by its best field (a word of the title
   * counts most), as news search is expected to rank. In a longer query (a sentence, a question:
   * more than {@link #KEYWORDS} understood terms), a single word adds BM25F over title, lede and
   * body as one field, which a long lede or a first line repeated as the title does not inflate:
   * on the tuning sets each measure alone lost on one of them (BM25F alone: XQuAD up, WMT down),
   * their sum won on both. A phrase keeps its best field's score: {@code combined_fields} has no
   * phrases. The first pass, which scores every match only to choose the articles the weighed plan
   * ranks, does without BM25F ({@code asOneFieldToo} false): the tuning sets' targets came out the
   * same, and a translated sentence answered 8 ms sooner.
   */
  private static Query scored(String russian, boolean asOneFieldToo) {
    Query matched = alternative(russian);
    if (!asOneFieldToo || russian.indexOf(' ') >= 0) {
      return matched;
    }
    Query asOneField = Query.of(q -> q.combinedFields(c -> c.query(russian).fields(SearchFields.STEMMED)
        .operator(CombinedFieldsOperator.And)));
    return Query.of(q -> q.bool(b -> b.must(matched).should(asOneField)));
  }

  /** One term's clause; {@code asOneFieldToo}: whether a one-word alternative adds BM25F ({@link #scored}). */
  private Query term(int at, TermGroup group, boolean asOneFieldToo) {
    List<Query> choices = new ArrayList<>();
    group.alternatives().forEach(russian -> choices.add(scored(russian, asOneFieldToo)));
    choices.add(asWritten(group.source()));
    List<Float> boosts = TranslationEvidence.weights(evidence.getOrDefault(at, List.of()));
    List<Query> boosted = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      Query choice = choices.get(i);
      float boost = i < boosts.size() ? boosts.get(i) : 1f;
      boosted.add(boost == 1f ? choice : Query.of(q -> q.bool(b -> b.must(choice).boost(boost))));
    }
    return Query.of(q -> q.disMax(d -> d.queries(boosted)));
  }

  /**
   * The term as typed, the last of its alternatives: in the English subfields, for the articles in
   * English, and as a phrase in the Russian fields, for a name a Russian article writes in Latin
   * letters («Ryanair»). It is weighed like a sense ({@link TranslationEvidence}): in a Russian
   * collection a Latin word is rare, so without its weight an article quoting «Russia, Russia»
   * would outrank those that say «Россия».
   */
  static Query asWritten(String source) {
    Query english = Query.of(q -> q.multiMatch(m -> m.query(source).fields(SearchFields.ENGLISH)
        .operator(Operator.And)));
    Query latin = Query.of(q -> q.multiMatch(m -> m.query(source).fields(SearchFields.STEMMED)
        .type(TextQueryType.Phrase)));
    return Query.of(q -> q.disMax(d -> d.queries(english, latin)));
  }
}
