package newssearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import newssearch.crosslingual.TermGroup;

/**
 * What a search does with the user's words: search them as written, search their Russian forms
 * (an English, Kazakh or Latin-lettered query), or search them as written and carry them into the
 * index's other languages (a Russian query). Each plan yields its matching query per
 * {@link Reading} and its highlight query; {@link QueryBuilder} wraps them with scopes, filters,
 * paging, facets and snippets, and {@link SearchService} runs the readings in order.
 */
sealed interface SearchPlan permits AsWrittenPlan, IntoRussianPlan, FromRussianPlan {

  /** The readings to try, strictest first; the last one is used when the others find too little. */
  List<Reading> readings();

  /** The words' part of the search at this reading: which articles match and how they score. */
  Query matching(Reading reading);

  /**
   * What decides whether the strict reading found enough, when it is not all the articles it
   * matched; null when it is.
   */
  default Query strictCount() {
    return null;
  }

  /**
   * What the snippets of one field mark: any of the words found there (a title may hold one word of
   * the query and the body the rest); null when there are no words (the lede is the snippet then).
   * One query per field, over that field alone: the highlighter weighs its query again for each
   * field of each hit, and a query over every field cost it three times the term lookups.
   */
  Query highlight(String field);

  /** Each term and the forms it was searched as in the other languages; empty for a plain search. */
  List<TermGroup> expansions();
}
