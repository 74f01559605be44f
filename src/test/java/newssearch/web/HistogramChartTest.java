package newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import newssearch.search.SearchResult;
import org.junit.jupiter.api.Test;

class HistogramChartTest {

  @Test
  void barsShareTheWidthAndScaleToTheTallest() {
    HistogramChart chart = HistogramChart.of(new SearchResult.Histogram("month", List.of(
        new SearchResult.Bucket("2024-01-01", 10), new SearchResult.Bucket("2024-02-01", 5),
        new SearchResult.Bucket("2024-03-01", 1)), 4));
    List<HistogramChart.Bar> bars = chart.bars();
    assertThat(bars).extracting(HistogramChart.Bar::x).containsExactly(0.0, 200.0, 400.0);
    assertThat(bars).extracting(HistogramChart.Bar::height).containsExactly(100.0, 50.0, 10.0);
    assertThat(bars).extracting(HistogramChart.Bar::y).containsExactly(0.0, 50.0, 90.0);
    assertThat(bars.get(0).width()).isEqualTo(160.0);
    assertThat(bars.get(1).from()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(bars.get(1).to()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(chart.undated()).isEqualTo(4);
  }

  @Test
  void periodsWithoutMatchesKeepTheirSlotButHaveNoBar() {
    HistogramChart chart = HistogramChart.of(new SearchResult.Histogram("month", List.of(
        new SearchResult.Bucket("2024-01-01", 4), new SearchResult.Bucket("2024-04-01", 2)), 0));
    assertThat(chart.bars()).extracting(HistogramChart.Bar::x).containsExactly(0.0, 450.0);
    assertThat(chart.bars()).extracting(HistogramChart.Bar::from)
        .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1));
  }

  @Test
  void eachIntervalEndsTheDayBeforeTheNextBegins() {
    LocalDate monday = LocalDate.of(2024, 3, 4);
    assertThat(HistogramChart.lastDay(monday, "day")).isEqualTo(monday);
    assertThat(HistogramChart.lastDay(monday, "week")).isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(HistogramChart.lastDay(LocalDate.of(2024, 1, 1), "year")).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void noBucketsNoBars() {
    assertThat(HistogramChart.of(new SearchResult.Histogram("month", List.of(), 3)).bars()).isEmpty();
  }
}
