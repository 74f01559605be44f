package newssearch.search;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How strictly a search read the user's words. A search tries its plan's readings in order and
 * keeps the first that finds enough; {@link #RANKED} is always last, so a query whose words occur in
 * the index never comes back empty.
 */
public enum Reading {
  /** Every word (or, for a translated query, most of its understood terms) in each article. */
  @JsonProperty("strict")
  STRICT,
  /**
   * Any of the words, ranked: articles holding more of them, and rarer ones, come first. Phrases,
   * exclusions and scopes keep their exact meaning.
   */
  @JsonProperty("ranked")
  RANKED
}
