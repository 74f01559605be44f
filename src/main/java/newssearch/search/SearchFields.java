package newssearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import newssearch.article.ArticleFields;

/** The text fields a search matches, with their weights, and the word-start query over the unstemmed ones. */
final class SearchFields {

  /** Title and lede weigh more than the body. */
  static final List<String> STEMMED = List.of(
      ArticleFields.TITLE + "^3", ArticleFields.LEDE + "^2", ArticleFields.BODY);
  /** The unstemmed subfields: exact forms add to the score. */
  static final List<String> EXACT = List.of(
      ArticleFields.TITLE + ".exact^3", ArticleFields.LEDE + ".exact^2", ArticleFields.BODY + ".exact");
  /** English analysis of the same text, where English words meet English articles. */
  static final List<String> ENGLISH = List.of(
      ArticleFields.TITLE + ".en^3", ArticleFields.LEDE + ".en^2", ArticleFields.BODY + ".en");

  private SearchFields() {}

  /** A word of the title or body, unstemmed, that starts with {@code start} (lowercase, ё as е). */
  static Query wordStart(String start) {
    return Query.of(q -> q.bool(b -> b
        .should(s -> s.prefix(p -> p.field(ArticleFields.TITLE + ".exact").value(start)))
        .should(s -> s.prefix(p -> p.field(ArticleFields.BODY + ".exact").value(start)))));
  }

  static boolean isCyrillic(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }
}
