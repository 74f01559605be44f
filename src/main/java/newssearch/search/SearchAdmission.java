package newssearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import newssearch.index.NewsIndex;
import newssearch.system.OnFirstUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may search now: the service's one {@link SearchLimiter}, sized by {@link SearchLimits} or,
 * where they leave it open, by the cluster. That is asked once, at the first search (the service is
 * ready by then, and so is the cluster); one that cannot be asked is taken for a node like this
 * machine, and the log says so.
 */
@Component
public class SearchAdmission {

  private static final Logger log = LoggerFactory.getLogger(SearchAdmission.class);

  private final SearchLimits limits;
  private final ElasticsearchClient client;
  private final NewsIndex index;
  private final OnFirstUse<SearchLimiter> limiter = new OnFirstUse<>(this::create);

  SearchAdmission(SearchLimits limits, ElasticsearchClient client, NewsIndex index) {
    this.limits = limits;
    this.client = client;
    this.index = index;
  }

  /** Takes a turn for a search; {@link #release} must follow one {@link SearchLimiter.Turn#TAKEN}. */
  SearchLimiter.Turn tryAdmit() {
    try {
      return limiter().tryAdmit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SearchLimiter.Turn.REFUSED_AFTER_WAITING;
    }
  }

  /** How long a search turned away at once waits to hear so. */
  Duration refusalDelay() {
    return limits.refusalDelay() != null ? limits.refusalDelay() : Duration.ZERO;
  }

  public void release() {
    limiter().release();
  }

  SearchLimiter limiter() {
    return limiter.get();
  }

  private SearchLimiter create() {
    int maxConcurrent = limits.maxConcurrent() != null ? limits.maxConcurrent() : derived();
    int queue = limits.queue() != null ? limits.queue() : maxConcurrent;
    Duration maxWait = limits.maxWait();
    log.info("Searches: {} at once, {} more waiting at most {} ms; beyond that 503", maxConcurrent, queue,
        maxWait.toMillis());
    return new SearchLimiter(maxConcurrent, queue, maxWait);
  }

  private int derived() {
    int shards = index.shards();
    try {
      return SearchCapacity.ask(client, shards);
    } catch (Exception e) {
      int local = SearchCapacity.local(shards);
      log.warn("Could not ask the cluster how many searches it can run ({}); taking {} as on this machine", e.toString(),
          local);
      return local;
    }
  }
}
