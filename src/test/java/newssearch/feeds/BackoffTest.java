package newssearch.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static Backoff backoff(double draw) {
    return new Backoff(0.1, Duration.ofHours(1), new RandomGenerator() {
      @Override
      public long nextLong() {
        return 0;
      }

      @Override
      public double nextDouble() {
        return draw;
      }
    });
  }

  @Test
  void afterASuccessTheIntervalJitteredEitherWay() {
    Duration interval = Duration.ofMinutes(10);
    assertThat(backoff(0.5).wait(interval, 0)).isEqualTo(interval);
    assertThat(backoff(0.0).wait(interval, 0)).isEqualTo(Duration.ofMinutes(9));
    assertThat(backoff(1.0).wait(interval, 0)).isEqualTo(Duration.ofMinutes(11));
  }

  @Test
  void eachFailureInARowDoublesTheWaitUpToTheMaximum() {
    Duration interval = Duration.ofMinutes(10);
    Backoff exact = backoff(0.5);
    assertThat(exact.wait(interval, 1)).isEqualTo(Duration.ofMinutes(20));
    assertThat(exact.wait(interval, 2)).isEqualTo(Duration.ofMinutes(40));
    assertThat(exact.wait(interval, 3)).isEqualTo(Duration.ofHours(1));
    assertThat(exact.wait(interval, 40)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aFeedSlowerThanTheMaximumIsNeverFetchedMoreOftenAfterAFailure() {
    assertThat(backoff(0.5).wait(Duration.ofHours(2), 1)).isEqualTo(Duration.ofHours(2));
  }
}
