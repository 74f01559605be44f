package newssearch.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A search as the user asked for it, validated.
 *
 * @param text          the user's words; empty lists everything (newest first)
 * @param from          earliest publication date, inclusive
 * @param to            latest publication date, inclusive
 * @param sources       outlets to keep (any of them)
 * @param languages     languages to keep
 * @param people        people who must be named (all of them)
 * @param organizations organisations that must be named
 * @param places        places that must be named
 * @param sort          relevance, date (published) or ingested (newest in the index first)
 * @param size          hits per page
 * @param page          1-based page number (ignored with a cursor)
 * @param cursor        where the previous page ended, for deep paging; null for the first pages
 * @param collapse      fold near-duplicates of one story into one hit (not with a cursor)
 * @param expand        translate English words into their Russian alternatives, and Russian words into
 *                      their English and Kazakh ones
 * @param ingestedAfter only articles stored after this instant, or null: what is new since a reader looked,
 *                      or since a saved search's last alert
 * @param ingestedUntil only articles stored at or before this instant, or null
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, List<String> sources, List<String> languages,
    List<String> people, List<String> organizations, List<String> places, Sort sort, int size, int page,
    String cursor, boolean collapse, boolean expand, Instant ingestedAfter, Instant ingestedUntil) {

  public enum Sort { RELEVANCE, DATE, INGESTED }

  /** A search over every article, whenever it was stored. */
  public SearchQuery(String text, LocalDate from, LocalDate to, List<String> sources, List<String> languages,
      List<String> people, List<String> organizations, List<String> places, Sort sort, int size, int page,
      String cursor, boolean collapse, boolean expand) {
    this(text, from, to, sources, languages, people, organizations, places, sort, size, page, cursor, collapse, expand,
        null, null);
  }

  /** The histogram's bucket: about a hundred bars at most over the date range asked for; months when open. */
  public String histogramInterval() {
    if (from == null || to == null) {
      return "month";
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
    return days <= 62 ? "day" : days <= 730 ? "week" : days <= 3650 ? "month" : "year";
  }

  /** The same search, another page. */
  public SearchQuery withPage(int size, int page) {
    return new SearchQuery(text, from, to, sources, languages, people, organizations, places, sort, size, page, null,
        collapse, expand, ingestedAfter, ingestedUntil);
  }

  /**
   * The same search over the articles stored in {@code (after, until]}, newest first, first page,
   * every copy of a story listed: each is new to whoever follows the search.
   */
  public SearchQuery ingestedBetween(Instant after, Instant until, int pageSize) {
    return new SearchQuery(text, from, to, sources, languages, people, organizations, places, Sort.INGESTED, pageSize,
        1, null, false, expand, after, until);
  }

  /**
   * Only what was stored after a time (an alert, "new since"): read strictly, without a fallback to
   * ranking or a spelling correction.
   */
  public boolean newOnly() {
    return ingestedAfter != null;
  }

  /** The same search, newest in the index first. */
  public SearchQuery newestFirst(int pageSize) {
    return new SearchQuery(text, from, to, sources, languages, people, organizations, places, Sort.INGESTED, pageSize,
        1, null, collapse, expand, ingestedAfter, ingestedUntil);
  }

  /** The same search for other words. */
  public SearchQuery withText(String otherText) {
    return new SearchQuery(otherText, from, to, sources, languages, people, organizations, places, sort, size, page,
        cursor, collapse, expand, ingestedAfter, ingestedUntil);
  }

  /** Words to match and rank by (not only a {@code source:} scope, which merely filters). */
  public boolean hasText() {
    return text != null && !text.isBlank() && scoped().hasWords();
  }

  /** The text's {@code title:} and {@code source:} parts and the words left. */
  public ScopedText scoped() {
    return ScopedText.of(text);
  }
}
