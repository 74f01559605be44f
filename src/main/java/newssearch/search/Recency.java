package newssearch.search;

import java.time.Duration;

/**
 * The mild preference for newer articles when ranking by relevance: Elasticsearch's
 * {@code distance_feature} on the publication date adds {@code boost × pivot / (pivot + age)} to
 * the score — a small sum beside the text's own score, so it orders articles that match about
 * equally well and never lifts a poor match over a good one. Undated articles get nothing added.
 *
 * @param boost what an article published now gets; 0 is off
 * @param pivot the age that gets half of it
 */
public record Recency(double boost, Duration pivot) {

  public static final Recency OFF = new Recency(0, Duration.ofDays(1));

  public Recency {
    if (boost < 0 || pivot == null || pivot.isNegative() || pivot.isZero()) {
      throw new IllegalArgumentException("recency: boost >= 0 and a positive pivot expected, got " + boost
          + " and " + pivot);
    }
  }

  boolean on() {
    return boost > 0;
  }
}
