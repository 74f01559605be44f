package newssearch.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code maxConcurrent} searches at once; up to {@code queue} more wait for a turn, each at
 * most {@code maxWait}, in the order they came; any beyond are turned away at once. Without a bound a
 * busy service queues every search until all of them are slow (p99 1.8 s at 64 connections, 4.7 s
 * at 256, measured on one node with 31k articles); with one, those admitted stay fast and the rest
 * learn at once to come back.
 */
final class SearchLimiter {

  private final int maxConcurrent;
  private final int queue;
  private final long maxWaitNanos;
  // Fair: a search that waits is not overtaken by one that has just come.
  private final Semaphore running;
  private final Semaphore waiting;

  SearchLimiter(int maxConcurrent, int queue, Duration maxWait) {
    if (maxConcurrent < 1 || queue < 0 || maxWait.isNegative()) {
      throw new IllegalArgumentException("max-concurrent must be at least 1, queue and max-wait 0 or more");
    }
    this.maxConcurrent = maxConcurrent;
    this.queue = queue;
    this.maxWaitNanos = maxWait.toNanos();
    this.running = new Semaphore(maxConcurrent, true);
    this.waiting = new Semaphore(queue);
  }

  /** What became of a search that asked for a turn. */
  enum Turn {
    /** It may run; {@link #release} must follow. */
    TAKEN,
    /** Turned away at once: the queue was full. */
    REFUSED_AT_ONCE,
    /** Turned away after waiting {@code maxWait} in the queue. */
    REFUSED_AFTER_WAITING
  }

  /** Takes a turn, waiting for one at most {@code maxWait} if the queue has room. */
  Turn tryAdmit() throws InterruptedException {
    // With a timeout, even of 0, a fair semaphore does not hand a free turn past those waiting.
    if (running.tryAcquire(0, TimeUnit.NANOSECONDS)) {
      return Turn.TAKEN;
    }
    if (!waiting.tryAcquire()) {
      return Turn.REFUSED_AT_ONCE;
    }
    try {
      return running.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS) ? Turn.TAKEN : Turn.REFUSED_AFTER_WAITING;
    } finally {
      waiting.release();
    }
  }

  void release() {
    running.release();
  }

  int maxConcurrent() {
    return maxConcurrent;
  }

  int queue() {
    return queue;
  }

  /** Searches running now. */
  int running() {
    return maxConcurrent - running.availablePermits();
  }

  /** Searches waiting for a turn now. */
  int waiting() {
    return queue - waiting.availablePermits();
  }
}
