package newssearch.index;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * Whether a search can be answered yet. Not before the application has started, which for
 * {@code serve} includes creating the index and loading the samples (Spring reports the application
 * ready only after its runners); and not while the alias points at no index, which a search would
 * meet as {@code index_not_found}. Once seen, the alias is not asked for again: a reindex swaps it
 * in one step, so it never goes missing, and searches need not pay a round trip each.
 */
@Component
public class SearchReadiness {

  public enum State {
    READY,
    /** Still starting: the engine, the index or the samples are being prepared. */
    STARTING,
    /** The cluster could not be asked; the error translators report it when a search fails. */
    UNKNOWN
  }

  private final ApplicationAvailability availability;
  private final NewsIndex index;
  private volatile boolean aliasSeen;

  SearchReadiness(ApplicationAvailability availability, NewsIndex index) {
    this.availability = availability;
    this.index = index;
  }

  public State state() {
    if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
      return State.STARTING;
    }
    if (aliasSeen) {
      return State.READY;
    }
    try {
      aliasSeen = index.liveIndex().isPresent();
    } catch (Exception e) {
      return State.UNKNOWN;
    }
    return aliasSeen ? State.READY : State.STARTING;
  }
}
