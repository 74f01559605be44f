package newssearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newssearch.crosslingual.TermGroup;

/**
 * The words as the user wrote them, through {@code simple_query_string}, which never fails on
 * syntax, with only the operators people use (words that must all match, {@code "phrases"},
 * {@code -exclusion}, {@code OR}, parentheses); prefix and fuzzy operators are off, so {@code *}
 * and {@code ~} are plain characters and no input can turn into an expensive query. The unstemmed
 * {@code .exact} subfields add to the score of exact forms, and words near one another score higher
 * than the same words apart.
 *
 * <p>Strict: every word. Ranked (when there are two or more parts to weigh): any of the words,
 * scored by BM25F over title, lede and body taken as one weighted field ({@code combined_fields}),
 * so that rarer words and articles holding more of them rank first, and a text that the title and
 * the lede both repeat (a post without a headline, whose title is its first line) is not counted
 * twice; exact forms add the same way at a quarter of the weight ({@link #RANKED_EXACT_FORMS}),
 * and all the words and the words close together add too, so that the articles holding every
 * word still come first. Phrases stay required and exclusions excluded, an excluded name in its
 * Russian forms too. A text too long to weigh word by word (a pasted passage) is ranked by its most
 * significant terms instead, its quotes and dashes read as its own text. On XQuAD's Russian
 * questions this ranks the paragraph first for 0.91 of them, where per-field scoring
 * ({@code simple_query_string}) ranked it first for 0.79 (docs/evaluation.md).
 *
 * @param text  the parsed text
 */
record AsWrittenPlan(Interpretation text) implements SearchPlan {

  /**
   * The weight of the exact forms in the ranked reading. The index lemmatises (decision 0008), so
   * the lemmas already meet every form; at full weight the exact forms counted a word typed as the
   * article has it twice, and ranked the right XQuAD paragraph first for 0.897 of its 1,190
   * Russian questions, 0.911 at half and 0.914 at a quarter of the weight, with no other set moved
   * (docs/evaluation.md).
   */
  static final float RANKED_EXACT_FORMS = 0.25f;
  /** Words at most this many positions out of place still count as near one another. */
  static final int PROXIMITY_SLOP = 4;
  /**
   * A text of more words (a pasted paragraph or page) is not weighed word by word: ranking hundreds
   * of words expands past Elasticsearch's limit of clauses in one query. Its ranked reading is its
   * {@link #SIGNIFICANT_TERMS} most significant terms instead.
   */
  static final int MOST_RANKED_TERMS = 64;
  /**
   * How many of a long text's terms its ranked reading searches: those of the highest tf-idf in
   * the collection ({@code more_like_this}, whose default this is), a name or a rare word before
   * the words every article has.
   */
  static final int SIGNIFICANT_TERMS = 25;
  private static final Pattern OR = Pattern.compile("\\s+OR\\s+");
  /** No PREFIX, FUZZY, NEAR, SLOP: {@code *} and {@code ~} stay plain characters. */
  private static final List<SimpleQueryStringFlag> OPERATORS = List.of(SimpleQueryStringFlag.And,
      SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Phrase,
      SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape);

  @Override
  public List<Reading> readings() {
    boolean weighable = !text.terms().isEmpty() && text.terms().size() + text.phrases().size() >= 2;
    return weighable ? List.of(Reading.STRICT, Reading.RANKED) : List.of(Reading.STRICT);
  }

  @Override
  public Query matching(Reading reading) {
    if (text.words().isBlank()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    if (reading == Reading.RANKED && text.tooLongToWeigh()) {
      return significantTerms();
    }
    Query words = words(reading);
    List<Query> names = text.excludedNames().stream().map(AsWrittenPlan::phrase).toList();
    return names.isEmpty() ? words : Query.of(q -> q.bool(b -> b.must(words).mustNot(names)));
  }

  private Query words(Reading reading) {
    Query near = near();
    if (reading == Reading.RANKED) {
      // The articles holding every word, and those holding them close together, still come first.
      Query exactForms = anyWord(SearchFields.EXACT, RANKED_EXACT_FORMS);
      Query every = every();
      return Query.of(q -> q.bool(b -> {
        b.must(ranked()).should(exactForms, every);
        return near == null ? b : b.should(near);
      }));
    }
    return Query.of(q -> q.bool(b -> {
      b.must(every()).should(exact());
      return near == null ? b : b.should(near);
    }));
  }

  @Override
  public Query highlight(String field) {
    return text.words().isBlank() ? null : Query.of(q -> q.simpleQueryString(s -> s
        .query(userText())
        .fields(field)
        .defaultOperator(Operator.Or)
        .flags(OPERATORS)
        .lenient(true)));
  }

  @Override
  public List<TermGroup> expansions() {
    return List.of();
  }

  /** Every word, in any of its forms, with the user's operators. */
  Query every() {
    return Query.of(q -> q.simpleQueryString(s -> s
        .query(userText())
        .fields(SearchFields.STEMMED)
        .defaultOperator(Operator.And)
        .flags(OPERATORS)
        .lenient(true)));
  }

  /** Any of the words, each weighed by how rare it is; phrases required, exclusions excluded. */
  private Query ranked() {
    Query anyWord = anyWord(SearchFields.STEMMED);
    return Query.of(q -> q.bool(b -> {
      text.phrases().forEach(p -> b.must(phrase(p)));
      text.excluded().forEach(e -> b.mustNot(phrase(e)));
      b.should(anyWord);
      return text.phrases().isEmpty() ? b.minimumShouldMatch("1") : b;
    }));
  }

  /** Any of the plain words, BM25F over these fields as one. */
  private Query anyWord(List<String> fields) {
    return anyWord(fields, 1f);
  }

  private Query anyWord(List<String> fields, float boost) {
    return Query.of(q -> q.combinedFields(c -> c
        .query(String.join(" ", text.terms()))
        .fields(fields)
        .operator(CombinedFieldsOperator.Or)
        .boost(boost)));
  }

  /**
   * A long text's most significant terms in each of title, lede and body, and in their English
   * subfields (a pasted English text, which is not translated, meets English articles), a third of
   * each field's needed. Field by field, because {@code more_like_this} over several fields
   * searches each term in the one field where it is most common, the body, and a text of one
   * paragraph has none. A term found once in the text counts (a paragraph rarely repeats its
   * words), and so does one only a single article has: for a pasted passage that is the article it
   * came from. The passage's quotation marks and dashes are its own: its quoted words are read as
   * words, not required as a phrase, and «-the» is not an exclusion.
   */
  private Query significantTerms() {
    String like = text.words();
    List<Query> fields = new ArrayList<>();
    for (List<String> weighted : List.of(SearchFields.STEMMED, SearchFields.ENGLISH)) {
      for (String field : weighted) {
        String[] nameAndBoost = field.split("\\^");
        float boost = nameAndBoost.length > 1 ? Float.parseFloat(nameAndBoost[1]) : 1f;
        fields.add(Query.of(q -> q.moreLikeThis(m -> m
            .fields(nameAndBoost[0])
            .like(l -> l.text(like))
            .minTermFreq(1)
            .minDocFreq(1)
            .maxQueryTerms(SIGNIFICANT_TERMS)
            .boost(boost))));
      }
    }
    return Query.of(q -> q.bool(b -> b.should(fields).minimumShouldMatch("1")));
  }

  private Query exact() {
    return Query.of(q -> q.simpleQueryString(s -> s
        .query(userText())
        .fields(SearchFields.EXACT)
        .defaultOperator(Operator.Or)
        .flags(OPERATORS)
        .lenient(true)));
  }

  /**
   * The words near one another, in any of their forms; null for a single word, and for a text too
   * long to weigh: a phrase over many words whose names have synonyms («Астана», «Нур-Султан»…)
   * enumerates every combination of them, past the clause limit.
   */
  private Query near() {
    if (text.terms().size() < 2 || text.tooLongToWeigh()) {
      return null;
    }
    return Query.of(q -> q.multiMatch(m -> m.query(String.join(" ", text.terms())).fields(SearchFields.STEMMED)
        .type(TextQueryType.Phrase).slop(PROXIMITY_SLOP)));
  }

  private static Query phrase(String words) {
    return Query.of(q -> q.multiMatch(m -> m.query(words).fields(SearchFields.STEMMED).type(TextQueryType.Phrase)));
  }

  private String userText() {
    return OR.matcher(text.words()).replaceAll(" | ");
  }
}
