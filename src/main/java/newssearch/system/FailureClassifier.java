package newssearch.system;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import newssearch.engine.EngineException;
import org.apache.http.conn.ConnectTimeoutException;
import org.eclipse.jetty.http.HttpException;

/**
 * The one place a failure becomes an {@link Outcome}, for the JSON API, the page and the command
 * line alike. The cause chain is read from the outside in, because the failure that says why is
 * often wrapped: in an {@code UncheckedIOException} by code behind a functional interface (the
 * index vocabulary of an English query), in bean-creation exceptions by Spring at start-up.
 */
public final class FailureClassifier {

  /** Deeper than any real chain; guards against causes that loop. */
  private static final int MAX_DEPTH = 32;

  private FailureClassifier() {}

  public static Failure classify(Throwable failure) {
    Throwable e = failure;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Outcome outcome = outcomeOf(e);
      if (outcome != null) {
        return new Failure(outcome, e);
      }
      if (e.getCause() == null || e.getCause() == e) {
        break;
      }
      e = e.getCause();
    }
    return new Failure(Outcome.INTERNAL, e);
  }

  /** The outcome this exception alone decides, or null when it only passes on its cause. */
  private static Outcome outcomeOf(Throwable e) {
    if (e instanceof InvalidInputException) {
      return Outcome.BAD_INPUT;
    }
    // The web server's own refusal, raised where a handler first reads the request: a query string
    // whose percent-encoding does not decode («q=%ZZ»), say.
    if (e instanceof HttpException refused && refused.getCode() < 500) {
      return Outcome.BAD_INPUT;
    }
    if (e instanceof NotFoundException) {
      return Outcome.NOT_FOUND;
    }
    if (e instanceof ConflictException) {
      return Outcome.CONFLICT;
    }
    if (e instanceof StartingException) {
      // Not yet able to answer, like a cluster that cannot be reached: 503, try again shortly.
      return Outcome.CLUSTER_UNAVAILABLE;
    }
    if (e instanceof OverloadedException) {
      return Outcome.OVERLOADED;
    }
    if (e instanceof ClusterTimeoutException) {
      return Outcome.CLUSTER_TIMEOUT;
    }
    // A connection not made in time is a cluster out of reach; one made and then silent, a slow cluster.
    if (e instanceof ConnectTimeoutException) {
      return Outcome.CLUSTER_UNAVAILABLE;
    }
    if (e instanceof SocketTimeoutException) {
      return Outcome.CLUSTER_TIMEOUT;
    }
    if (e instanceof ConnectException || e instanceof TransportException || e instanceof EngineException) {
      return Outcome.CLUSTER_UNAVAILABLE;
    }
    if (e instanceof ElasticsearchException refused) {
      // 503 (no shard available yet) and 429 (too busy) are the cluster saying "not now".
      return refused.status() == 503 || refused.status() == 429 ? Outcome.CLUSTER_UNAVAILABLE : Outcome.CLUSTER_REFUSED;
    }
    return null;
  }
}
