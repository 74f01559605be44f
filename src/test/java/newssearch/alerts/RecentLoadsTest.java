package newssearch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newssearch.ingest.ArticlesIngested;
import org.junit.jupiter.api.Test;

class RecentLoadsTest {

  private static final Instant T = Instant.parse("2026-11-29T12:00:00Z");

  private static Instant at(long seconds) {
    return T.plusSeconds(seconds);
  }

  @Test
  void anEndAmongALoadsStampsMovesBackToItsStart() {
    RecentLoads loads = new RecentLoads();
    loads.add(new ArticlesIngested(at(10), at(20), 3));
    assertThat(loads.endOutside(at(15))).isEqualTo(at(10));
  }

  @Test
  void anEndBeforeOrAfterEveryLoadStays() {
    RecentLoads loads = new RecentLoads();
    loads.add(new ArticlesIngested(at(10), at(20), 3));
    assertThat(loads.endOutside(at(10))).isEqualTo(at(10));
    assertThat(loads.endOutside(at(20))).isEqualTo(at(20));
  }

  @Test
  void overlappingLoadsMoveTheEndBackPastTheEarliest() {
    RecentLoads loads = new RecentLoads();
    loads.add(new ArticlesIngested(at(14), at(30), 1));
    loads.add(new ArticlesIngested(at(5), at(16), 2));
    assertThat(loads.endOutside(at(25))).isEqualTo(at(5));
  }

  @Test
  void aLoadThatEndedBeforeAnAnswerIsForgotten() {
    RecentLoads loads = new RecentLoads();
    loads.add(new ArticlesIngested(at(10), at(20), 3));
    assertThat(loads.endOutside(at(25))).isEqualTo(at(25));
    // Had it been kept, this end would move back to 10.
    assertThat(loads.endOutside(at(15))).isEqualTo(at(15));
  }
}
