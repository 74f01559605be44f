package newssearch.search;

import java.util.List;
import newssearch.crosslingual.TermGroup;

/**
 * How a query's words were carried into the other languages of the index: none, an English (or
 * Kazakh, or Latin-lettered) query into Russian, or a Russian query into English and Kazakh.
 *
 * @param groups      each term with its forms in the other language(s); empty for {@link #NONE}
 * @param intoRussian true when the query is searched as its Russian forms (the Russian articles
 *                    are the point); false when a Russian query is searched as written and its
 *                    forms only widen it to the articles in other languages
 */
record Translation(List<TermGroup> groups, boolean intoRussian) {

  static final Translation NONE = new Translation(List.of(), false);

  boolean isEmpty() {
    return groups.isEmpty();
  }

  boolean fromRussian() {
    return !groups.isEmpty() && !intoRussian;
  }
}
