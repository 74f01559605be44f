package newssearch.system;

import java.time.Duration;
import java.util.Optional;
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
  CLUSTER_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, Duration.ofSeconds(5)),
  /** Elasticsearch did not answer in time (the search's {@code timeout}, or the client's socket timeout). */
  CLUSTER_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT),
  /**
   * The service already runs as many searches as it admits and holds as many waiting: turned away at
   * once, to be asked again shortly, instead of queueing without end.
   */
  OVERLOADED(HttpStatus.SERVICE_UNAVAILABLE, Duration.ofSeconds(1)),
  /** Elasticsearch answered and refused the request: trying again will not help by itself. */
  CLUSTER_REFUSED(HttpStatus.BAD_GATEWAY),
  /** Anything else: a fault of this service, told in its log. */
  INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR);

  private final HttpStatus status;
  private final Duration retryAfter;

  Outcome(HttpStatus status) {
    this(status, null);
  }

  Outcome(HttpStatus status, Duration retryAfter) {
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public HttpStatus status() {
    return status;
  }

  /**
   * The {@code Retry-After} to send, empty when asking again is no use or the wait is unknown: a
   * search turned away under load is worth asking again within a second; an unreachable or starting
   * cluster, within a few.
   */
  public Optional<String> retryAfterSeconds() {
    return Optional.ofNullable(retryAfter).map(wait -> String.valueOf(wait.toSeconds()));
  }
}
