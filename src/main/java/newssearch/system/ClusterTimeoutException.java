package newssearch.system;

/** Elasticsearch answered too late: a search stopped at its {@code timeout} with partial results only. */
public class ClusterTimeoutException extends RuntimeException {
  public ClusterTimeoutException(String message) {
    super(message);
  }
}
