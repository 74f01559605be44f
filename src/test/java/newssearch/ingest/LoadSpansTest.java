package newssearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoadSpansTest {

  private static final Instant T = Instant.parse("2026-11-29T12:00:00Z");

  private static Instant at(long seconds) {
    return T.plusSeconds(seconds);
  }

  /** Spans of finished loads, each a pair of seconds: start, end. */
  private static LoadSpans finished(long... startsAndEnds) {
    LoadSpans spans = new LoadSpans();
    for (int i = 0; i < startsAndEnds.length; i += 2) {
      spans.started(i, at(startsAndEnds[i]));
      spans.finished(i, at(startsAndEnds[i + 1]));
    }
    return spans;
  }

  @Test
  void anEndAmongALoadsStampsMovesBackToItsStart() {
    assertThat(finished(10, 20).endOutside(at(15))).isEqualTo(at(10));
  }

  @Test
  void anEndBeforeOrAfterEveryLoadStays() {
    LoadSpans spans = finished(10, 20);
    assertThat(spans.endOutside(at(10))).isEqualTo(at(10));
    assertThat(spans.endOutside(at(20))).isEqualTo(at(20));
  }

  @Test
  void overlappingLoadsMoveTheEndBackPastTheEarliest() {
    assertThat(finished(14, 30, 5, 16).endOutside(at(25))).isEqualTo(at(5));
  }

  @Test
  void aLoadStillWritingHoldsEveryEndAfterItsStart() {
    LoadSpans spans = new LoadSpans();
    spans.started(1, at(10));
    assertThat(spans.endOutside(at(1000))).isEqualTo(at(10));
    spans.finished(1, at(20));
    assertThat(spans.endOutside(at(1000))).isEqualTo(at(1000));
  }

  @Test
  void aLoadThatEndedBeforeAnAnswerIsForgotten() {
    LoadSpans spans = finished(10, 20);
    assertThat(spans.endOutside(at(25))).isEqualTo(at(25));
    // Had it been kept, this end would move back to 10.
    assertThat(spans.endOutside(at(15))).isEqualTo(at(15));
  }
}
