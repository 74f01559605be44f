package newssearch.feeds;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** When a feed is fetched next: its interval after a success, doubling after each failure in a row; both jittered. */
final class Backoff {

  private final double jitter;
  private final Duration max;
  private final RandomGenerator random;

  Backoff(double jitter, Duration max, RandomGenerator random) {
    this.jitter = jitter;
    this.max = max;
    this.random = random;
  }

  /** The wait after an attempt; {@code failures} is the count of failed attempts in a row, 0 after a success. */
  Duration wait(Duration interval, int failures) {
    double base = interval.toMillis() * Math.pow(2, Math.min(failures, 30));
    double capped = failures == 0 ? base : Math.min(base, Math.max(max.toMillis(), interval.toMillis()));
    double factor = 1 + jitter * (2 * random.nextDouble() - 1);
    return Duration.ofMillis(Math.max(1, Math.round(capped * factor)));
  }
}
