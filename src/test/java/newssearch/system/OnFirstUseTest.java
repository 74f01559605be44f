package newssearch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

  @Test
  void theValueIsMadeOnFirstUseAndOnceForThreadsAskingTogether() throws Exception {
    AtomicInteger made = new AtomicInteger();
    CountDownLatch asked = new CountDownLatch(1);
    OnFirstUse<Object> value = new OnFirstUse<>(() -> {
      made.incrementAndGet();
      // Slow to make, so that the other threads ask while it is being made.
      sleep(50);
      return new Object();
    });
    assertThat(made).as("nothing made before it is asked for").hasValue(0);

    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(threads.submit(() -> {
          asked.await();
          return value.get();
        }));
      }
      asked.countDown();
      Object first = answers.get(0).get();
      for (Future<Object> answer : answers) {
        assertThat(answer.get()).isSameAs(first);
      }
    } finally {
      threads.shutdown();
    }
    assertThat(made).hasValue(1);
    assertThat(value.get()).isNotNull();
    assertThat(made).hasValue(1);
  }

  @Test
  void aFailureIsNotRememberedAndNothingIsNoValue() {
    AtomicInteger tries = new AtomicInteger();
    OnFirstUse<String> value = new OnFirstUse<>(() -> {
      if (tries.incrementAndGet() == 1) {
        throw new IllegalStateException("not yet");
      }
      return "made";
    });
    assertThatThrownBy(value::get).hasMessage("not yet");
    assertThat(value.get()).isEqualTo("made");

    assertThatThrownBy(new OnFirstUse<>(() -> null)::get).isInstanceOf(NullPointerException.class);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
