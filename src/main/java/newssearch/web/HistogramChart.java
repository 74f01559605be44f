package newssearch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** The SVG's coordinate system, which the bars are drawn in. */
  public String viewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  /**
   * Bars for every period from the first to the last with matches: the answer lists only periods
   * that have some, and leaving the empty ones out would put a year's silence between two
   * neighbouring bars. An empty period is a slot without a bar.
   */
  static HistogramChart of(SearchResult.Histogram histogram) {
    List<SearchResult.Bucket> buckets = histogram.buckets();
    if (buckets.isEmpty()) {
      return new HistogramChart(List.of(), histogram.interval(), histogram.undated());
    }
    Map<LocalDate, Long> counts = new HashMap<>();
    buckets.forEach(b -> counts.put(LocalDate.parse(b.date()), b.count()));
    LocalDate first = LocalDate.parse(buckets.get(0).date());
    LocalDate last = LocalDate.parse(buckets.get(buckets.size() - 1).date());
    List<LocalDate> periods = new ArrayList<>();
    for (LocalDate p = first; !p.isAfter(last); p = lastDay(p, histogram.interval()).plusDays(1)) {
      periods.add(p);
    }
    long max = buckets.stream().mapToLong(SearchResult.Bucket::count).max().orElse(1);
    double slot = (double) WIDTH / periods.size();
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      long count = counts.getOrDefault(periods.get(i), 0L);
      if (count > 0) {
        double height = Math.max(MIN_HEIGHT, (double) HEIGHT * count / max);
        bars.add(new Bar(i * slot, HEIGHT - height, slot * FILL, height, count, periods.get(i),
            lastDay(periods.get(i), histogram.interval())));
      }
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
