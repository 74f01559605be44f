package newssearch.search;

import static newssearch.search.SearchLimiter.Turn.REFUSED_AFTER_WAITING;
import static newssearch.search.SearchLimiter.Turn.REFUSED_AT_ONCE;
import static newssearch.search.SearchLimiter.Turn.TAKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SearchLimiterTest {

  @Test
  void admitsUpToMaxConcurrentAndAgainOnceATurnIsGivenBack() throws Exception {
    SearchLimiter limiter = new SearchLimiter(2, 0, Duration.ZERO);

    assertThat(limiter.tryAdmit()).isEqualTo(TAKEN);
    assertThat(limiter.tryAdmit()).isEqualTo(TAKEN);
    assertThat(limiter.tryAdmit()).isEqualTo(REFUSED_AT_ONCE);
    assertThat(limiter.running()).isEqualTo(2);

    limiter.release();
    assertThat(limiter.running()).isEqualTo(1);
    assertThat(limiter.tryAdmit()).isEqualTo(TAKEN);
  }

  @Test
  void aSearchWaitsInTheQueueForATurnAndOneMoreIsTurnedAwayAtOnce() throws Exception {
    // A wait no test would sit through: a search that is not turned away at once keeps this test from ending.
    SearchLimiter limiter = new SearchLimiter(1, 1, Duration.ofHours(1));
    assertThat(limiter.tryAdmit()).isEqualTo(TAKEN);

    CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> admit(limiter));
    awaitWaiting(limiter, 1);
    assertThat(limiter.tryAdmit()).as("the queue is full").isEqualTo(REFUSED_AT_ONCE);
    assertThat(queued).isNotDone();

    limiter.release();
    assertThat(queued.get()).isTrue();
    assertThat(limiter.waiting()).isZero();
    assertThat(limiter.running()).isEqualTo(1);
  }

  @Test
  void aSearchThatWaitsLongerThanMaxWaitIsTurnedAway() throws Exception {
    SearchLimiter limiter = new SearchLimiter(1, 5, Duration.ofMillis(1));
    assertThat(limiter.tryAdmit()).isEqualTo(TAKEN);

    assertThat(limiter.tryAdmit()).isEqualTo(REFUSED_AFTER_WAITING);
    assertThat(limiter.waiting()).as("it left the queue").isZero();
    assertThat(limiter.running()).isEqualTo(1);
  }

  @Test
  void withoutAQueueAllBeyondTheLimitAreTurnedAway() throws Exception {
    SearchLimiter limiter = new SearchLimiter(1, 0, Duration.ofHours(1));
    assertThat(limiter.tryAdmit()).isEqualTo(TAKEN);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.tryAdmit()).isEqualTo(REFUSED_AT_ONCE);
    }
    assertThat(limiter.waiting()).isZero();
  }

  @Test
  void refusesLimitsThatAdmitNothing() {
    assertThatThrownBy(() -> new SearchLimiter(0, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchLimiter(1, -1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  private static boolean admit(SearchLimiter limiter) {
    try {
      return limiter.tryAdmit() == TAKEN;
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  static void awaitWaiting(SearchLimiter limiter, int count) throws InterruptedException {
    while (limiter.waiting() < count) {
      Thread.sleep(5);
    }
  }
}
