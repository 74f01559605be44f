package newssearch.alerts;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import newssearch.ingest.ArticlesIngested;

/**
 * This process's finished loads, kept while an alert window's end could still fall among their
 * articles' {@code ingested_at} stamps. Those stamps spread over the time a load takes to assemble
 * its articles, which a busy machine stretches: an end falling among them would split one load
 * into two alerts, so it is moved back to the load's start and the load goes whole into the next.
 */
final class RecentLoads {

  private final List<ArticlesIngested> loads = new CopyOnWriteArrayList<>();

  void add(ArticlesIngested load) {
    loads.add(load);
  }

  /**
   * {@code until}, or the start of the earliest load it would cut. Loads that ended before the
   * answer are forgotten: a later check's end is no earlier (loads still writing start later).
   */
  Instant endOutside(Instant until) {
    boolean moved = true;
    while (moved) {
      moved = false;
      for (ArticlesIngested load : loads) {
        if (load.after().isBefore(until) && until.isBefore(load.until())) {
          until = load.after();
          moved = true;
        }
      }
    }
    Instant end = until;
    loads.removeIf(load -> load.until().isBefore(end));
    return end;
  }
}
