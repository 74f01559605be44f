package newssearch.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found, in the service's own terms (no client types reach a controller).
 *
 * @param total        matching articles
 * @param totalIsExact false when Elasticsearch stopped counting (over 10,000)
 * @param tookMs       time Elasticsearch spent
 * @param hits         the page of articles
 * @param facets       for sources, languages, people, organizations, places: the commonest values with counts
 */
public record SearchResult(long total, boolean totalIsExact, long tookMs, List<ArticleHit> hits,
    Map<String, List<FacetValue>> facets) {

  public record FacetValue(String value, long count) {}
}
