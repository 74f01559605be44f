package newssearch.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code ingested_at} spans of this process's loads, for a reader of what is new since a time
 * (an alert) that must close its window outside every one of them. A load still writing is not
 * searchable until it has been refreshed, so its span is open; a finished one's stamps spread over
 * the time it took to assemble its articles, which a busy machine stretches, and an end falling
 * among them would split the load into two alerts.
 */
final class LoadSpans {

  /** A load's articles are stamped in {@code (start, end]}; {@code end} is null while it writes. */
  private record Span(Instant start, Instant end) {

    boolean cutBy(Instant time) {
      return start.isBefore(time) && (end == null || time.isBefore(end));
    }
  }

  private final Map<Long, Span> spans = new ConcurrentHashMap<>();

  void started(long load, Instant start) {
    spans.put(load, new Span(start, null));
  }

  void finished(long load, Instant end) {
    spans.computeIfPresent(load, (id, span) -> new Span(span.start(), end));
  }

  /**
   * {@code end}, or the start of the earliest load it would cut. Finished loads that ended before
   * the answer are forgotten: a later window's end is no earlier (a load that starts later starts
   * after it).
   */
  Instant endOutside(Instant end) {
    Instant outside = end;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Span span : spans.values()) {
        if (span.cutBy(outside)) {
          outside = span.start();
          moved = true;
        }
      }
    }
    Instant answer = outside;
    spans.values().removeIf(span -> span.end() != null && span.end().isBefore(answer));
    return answer;
  }
}
