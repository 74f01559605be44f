package newssearch.search;

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
 * @param sort          relevance or date
 * @param size          hits per page
 * @param page          1-based page number
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, List<String> sources, List<String> languages,
    List<String> people, List<String> organizations, List<String> places, Sort sort, int size, int page) {

  public enum Sort { RELEVANCE, DATE }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
