package newssearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.List;
import java.util.Locale;
import newssearch.article.ArticleFields;

/**
 * Builds the one request behind {@code /api/suggest}: a pure function, no I/O.
 *
 * <p>Entity names come from the keyword fields the ingester fills, matched at the start of any
 * word of the name, in any case, with е and ё alike, and ranked by how many articles name them;
 * titles come from a prefix match on the unstemmed title words. One request serves both, so a
 * suggestion costs one round trip per keystroke.
 */
final class SuggestRequests {

  static final String ENTITIES = "entities";
  /** Suggestion kind → keyword field. */
  static final List<String[]> ENTITY_KINDS = List.of(
      new String[] {"person", ArticleFields.PEOPLE},
      new String[] {"organization", ArticleFields.ORGANIZATIONS},
      new String[] {"place", ArticleFields.PLACES});
  static final String TITLE = "title";

  private SuggestRequests() {}

  static SearchRequest build(String index, String prefix, int size) {
    String include = wordStartRegex(prefix);
    return SearchRequest.of(s -> {
      s.index(index)
          .size(size)
          .query(q -> q.multiMatch(m -> m.query(prefix).fields(ArticleFields.TITLE + ".exact")
              .type(TextQueryType.BoolPrefix).operator(Operator.And)))
          .collapse(c -> c.field(ArticleFields.STORY))
          .source(src -> src.filter(f -> f.includes(ArticleFields.TITLE)))
          .trackTotalHits(t -> t.enabled(false));
      // Entity names are counted over every article, not only those whose title matched.
      s.aggregations(ENTITIES, a -> {
        a.global(g -> g);
        for (String[] kind : ENTITY_KINDS) {
          a.aggregations(kind[0], sub -> sub.terms(t -> t.field(kind[1]).size(size).include(i -> i.regexp(include))));
        }
        return a;
      });
      return s;
    });
  }

  /**
   * A Lucene regular expression for values with a word that starts with {@code prefix}: each
   * letter in either case (е also as ё), everything else escaped, so the user's text is never
   * read as an operator.
   */
  static String wordStartRegex(String prefix) {
    StringBuilder regex = new StringBuilder("(.*[ \\-«\"(])?");
    prefix.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
      if (c == 'е' || c == 'ё') {
        regex.append("[еёЕЁ]");
      } else if (Character.isLetter(c) && Character.toUpperCase(c) != c) {
        regex.append('[').appendCodePoint(c).appendCodePoint(Character.toUpperCase(c)).append(']');
      } else if (Character.isLetterOrDigit(c)) {
        regex.appendCodePoint(c);
      } else {
        regex.append('\\').appendCodePoint(c);
      }
    });
    return regex.append(".*").toString();
  }
}
