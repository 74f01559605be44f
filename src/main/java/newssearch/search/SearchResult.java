package newssearch.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found, in the service's own terms (no client types reach a controller).
 *
 * @param total        matching articles
 * @param totalIsExact false when Elasticsearch stopped counting (over 10,000)
 * @param tookMs       time Elasticsearch spent
 * @param interpretation how the query was understood
 * @param hits         the page of articles
 * @param facets       for sources, languages, people, organizations, places: the commonest values with counts
 * @param histogram    matches per day, week, month or year; undated articles counted apart
 * @param nextCursor   pass as {@code cursor} for the next page; null on the last page
 * @param didYouMean   a correction of a query that found little, which finds more; null when none
 */
public record SearchResult(long total, boolean totalIsExact, long tookMs, Interpretation interpretation,
    List<ArticleHit> hits,
    Map<String, List<FacetValue>> facets, Histogram histogram, String nextCursor,
    String didYouMean) {

  public record FacetValue(String value, long count) {}

  /**
   * @param interval day, week, month or year
   * @param buckets  the periods that have matches, oldest first
   * @param undated  matches without a publication date (some corpora give none)
   */
  public record Histogram(String interval, List<Bucket> buckets, long undated) {}

  /** @param date the period's first day, {@code YYYY-MM-DD} */
  public record Bucket(String date, long count) {}
}
