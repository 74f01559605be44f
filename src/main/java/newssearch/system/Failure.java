package newssearch.system;

import org.slf4j.Logger;

/**
 * A failure as classified: its outcome and the exception that decided it (the deepest cause when
 * nothing did).
 */
public record Failure(Outcome outcome, Throwable cause) {

  /**
   * The message written for the caller, or null: only the caller's own mistakes carry one. Other
   * messages may hold addresses, index names or internals, so they go to the log only.
   */
  public String callerMessage() {
    return switch (outcome) {
      case BAD_INPUT, NOT_FOUND, CONFLICT -> cause.getMessage();
      // The service's own word that it is starting is written for the caller; a cluster's failure is not.
      case CLUSTER_UNAVAILABLE -> cause instanceof StartingException ? cause.getMessage() : null;
      case OVERLOADED -> cause.getMessage();
      case CLUSTER_TIMEOUT, CLUSTER_REFUSED, INTERNAL -> null;
    };
  }

  /** What the service's own log keeps of it: the caller's mistakes are not the service's, a fault keeps its trace. */
  public void log(Logger log) {
    switch (outcome) {
      case BAD_INPUT, NOT_FOUND, CONFLICT -> log.debug("Refused: {}", cause.getMessage());
      case CLUSTER_UNAVAILABLE -> log.warn("Elasticsearch unavailable: {}", cause.toString());
      case CLUSTER_TIMEOUT -> log.warn("Elasticsearch did not answer in time: {}", cause.toString());
      // Under overload this happens hundreds of times a second: a log line each would add to the load.
      case OVERLOADED -> log.debug("Turned away: {}", cause.getMessage());
      case CLUSTER_REFUSED -> log.error("Elasticsearch refused a request: {}", cause.getMessage());
      case INTERNAL -> log.error("Request failed", cause);
    }
  }
}
