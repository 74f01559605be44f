package newssearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newssearch.article.ArticleFields;
import newssearch.crosslingual.TermGroup;

/**
 * A Russian query searched as written, and in the same request in the articles written in other
 * languages: each understood term through any of its forms (English ones in the English subfields;
 * Kazakh ones, which take suffixes, also as the start of a word), scored as the Russian words of
 * the same reading are, Latin words and numbers as written adding score. The Russian articles are
 * left to the words as written, so they match and rank as they would without the other languages,
 * and only the Russian words decide whether the strict reading found enough.
 *
 * @param russian the words as written
 * @param groups  each Russian term with its English and Kazakh forms
 */
record FromRussianPlan(AsWrittenPlan russian, List<TermGroup> groups) implements SearchPlan {

  @Override
  public List<Reading> readings() {
    return russian.readings();
  }

  @Override
  public Query matching(Reading reading) {
    Query asWritten = russian.matching(reading);
    Query foreign = foreign(reading);
    return Query.of(q -> q.bool(b -> b.should(asWritten, foreign)));
  }

  @Override
  public Query strictCount() {
    return russian.matching(Reading.STRICT);
  }

  @Override
  public Query highlight(String field) {
    List<Query> marked = new ArrayList<>();
    marked.add(russian.highlight(field));
    for (TermGroup group : groups) {
      for (String form : group.alternatives()) {
        marked.add(Query.of(q -> q.match(m -> m.field(field).query(form))));
      }
    }
    return Query.of(q -> q.bool(b -> b.should(marked)));
  }

  @Override
  public List<TermGroup> expansions() {
    return groups;
  }

  private Query foreign(Reading reading) {
    List<Query> required = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    for (TermGroup group : groups) {
      if (!group.alternatives().isEmpty()) {
        required.add(Query.of(q -> q.disMax(d -> d.queries(group.alternatives().stream()
            .map(form -> foreignForm(form, words(group.source()), reading)).toList()))));
      } else if (group.kind() == TermGroup.Kind.KEPT && !SearchFields.isCyrillic(group.source())) {
        optional.add(Query.of(q -> q.multiMatch(m -> m.query(group.source()).fields(SearchFields.ENGLISH)
            .type(TextQueryType.Phrase))));
      }
    }
    String enough = reading == Reading.STRICT ? IntoRussianPlan.MOST_TERMS : "1";
    Query terms = Query.of(q -> q.bool(b -> b.should(required).minimumShouldMatch(enough)));
    return Query.of(q -> q.bool(b -> b.must(terms).should(optional)
        .mustNot(n -> n.term(t -> t.field(ArticleFields.LANGUAGE).value("ru")))));
  }

  /**
   * One form of a term, scored as the Russian words of the same reading are: strictly by its best
   * field, ranked by BM25F over the fields as one ({@code combined_fields}), as
   * {@link AsWrittenPlan} ranks. Scored by its best field, one rare Kazakh word in a sentence's
   * title outscored Russian articles holding most of a ranked query's words. A form of several
   * words is a phrase, whose score adds up its words: ranked, it weighs as many words as the term
   * it stands for, at most ({@code termWords}), as the term's Russian words do. Counted by its own
   * words, «Токаев визит в Китай» listed Kazakh sentences naming «Қасым-Жомарт Тоқаев» in their
   * titles at 2.6 times the best Russian article's score, which held «Токаев» alone.
   */
  private static Query foreignForm(String form, int termWords, Reading reading) {
    boolean cyrillic = SearchFields.isCyrillic(form);
    // A name of several words or parts (Nur-Sultan) stays a phrase: BM25F would take either half.
    boolean oneWord = form.indexOf(' ') < 0 && form.indexOf('-') < 0;
    List<String> fields = cyrillic ? SearchFields.STEMMED : SearchFields.ENGLISH;
    // Ranked, a form counts as many words as the term it stands for, at most.
    float asTheTerm = reading == Reading.STRICT ? 1f : Math.min(1f, (float) termWords / words(form));
    Query matched = reading == Reading.RANKED && oneWord
        ? Query.of(q -> q.combinedFields(c -> c.query(form).fields(fields)))
        : Query.of(q -> q.multiMatch(m -> m.query(form).fields(fields).type(TextQueryType.Phrase).boost(asTheTerm)));
    if (!cyrillic || form.contains(" ")) {
      return matched;
    }
    // Тоқаев is Тоқаевтың, Тоқаевқа… in Kazakh text: the name starts the word.
    String start = form.toLowerCase(Locale.ROOT).replace('ё', 'е');
    return Query.of(q -> q.bool(b -> b.should(matched, SearchFields.wordStart(start))));
  }

  /** Words of a term or form, as a phrase counts them: «Қасым-Жомарт Тоқаев» has three. */
  private static int words(String text) {
    return text.strip().split("[\\s-]+").length;
  }
}
