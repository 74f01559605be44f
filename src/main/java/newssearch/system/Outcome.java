package newssearch.system;

import org.springframework.http.HttpStatus;

/**
 * What a failure means to whoever asked, whatever they asked through: the JSON API answers with
 * {@link #status()}, the page with the same status, the command line with the exit code named for
 * the outcome.
 */
public enum Outcome {
  /** The caller's request or input is wrong; the message says what to change. */
  BAD_INPUT(HttpStatus.BAD_REQUEST),
  /** The thing asked for does not exist. */
  NOT_FOUND(HttpStatus.NOT_FOUND),
  /** The request is sound but the current state forbids it (a job already running, nothing to roll back to). */
  CONFLICT(HttpStatus.CONFLICT),
  /** Elasticsearch cannot be reached or started, or says it cannot serve now: trying again later may work. */
  CLUSTER_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
  /** Elasticsearch answered and refused the request: trying again will not help by itself. */
  CLUSTER_REFUSED(HttpStatus.BAD_GATEWAY),
  /** Anything else: a fault of this service, told in its log. */
  INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR);

  private final HttpStatus status;

  Outcome(HttpStatus status) {
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
