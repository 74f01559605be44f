package newssearch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newssearch.search.SearchResult;

/**
 * The histogram of a search drawn as bars in an SVG of {@value #WIDTH} × {@value #HEIGHT} user
 * units: SVG attributes rather than inline styles, so the page needs no {@code unsafe-inline} style
 * in its Content-Security-Policy. Each bar knows the dates it covers, to narrow the search to them.
 */
record HistogramChart(List<Bar> bars, String interval, long undated) {

  static final int WIDTH = 600;
  static final int HEIGHT = 100;
  /** Every bar at least this tall, so a period with one article can still be seen and clicked. */
  private static final double MIN_HEIGHT = 2;
  /** The part of its slot a bar fills; the rest is the gap that tells neighbours apart. */
  private static final double FILL = 0.8;

  /**
   * @param x     the left edge of the bar (its slot starts there; the gap is on the right)
   * @param from first day of the period
   * @param to   last day of the period
   */
  record Bar(double x, double y, double width, double height, long count, LocalDate from, LocalDate to) {}

  static HistogramChart of(SearchResult.Histogram histogram) {
    List<SearchResult.Bucket> buckets = histogram.buckets();
    long max = buckets.stream().mapToLong(SearchResult.Bucket::count).max().orElse(1);
    double width = buckets.isEmpty() ? 0 : (double) WIDTH / buckets.size();
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < buckets.size(); i++) {
      SearchResult.Bucket bucket = buckets.get(i);
      double height = Math.max(MIN_HEIGHT, (double) HEIGHT * bucket.count() / max);
      LocalDate from = LocalDate.parse(bucket.date());
      bars.add(new Bar(i * width, HEIGHT - height, width * FILL, height, bucket.count(), from,
          lastDay(from, histogram.interval())));
    }
    return new HistogramChart(bars, histogram.interval(), histogram.undated());
  }

  /** The last day of the period that starts on {@code from} (Elasticsearch's calendar intervals). */
  static LocalDate lastDay(LocalDate from, String interval) {
    return switch (interval) {
      case "day" -> from;
      case "week" -> from.plusWeeks(1).minusDays(1);
      case "month" -> from.plusMonths(1).minusDays(1);
      case "year" -> from.plusYears(1).minusDays(1);
      default -> throw new IllegalArgumentException("unknown histogram interval: " + interval);
    };
  }
}
