package newssearch.cli;

import newssearch.system.Outcome;

/** What a command's exit code tells a script: one per {@link Outcome} of a failure, and two of the command's own. */
final class ExitCodes {
  static final int OK = 0;
  /** Something failed that is not one of the cases below; the message says what. */
  static final int FAILED = 1;
  /** The command line, or an input it names, was wrong (2 is also picocli's own code for a wrong command line). */
  static final int USAGE = 2;
  /** Elasticsearch could not be started or reached. */
  static final int UNAVAILABLE = 3;
  /** The command finished, but some input was rejected (see the rejects file). */
  static final int PARTIAL = 4;
  /** What the command names does not exist. */
  static final int NOT_FOUND = 5;
  /** The current state forbids the command: another reindex job runs, nothing to reindex or roll back to. */
  static final int CONFLICT = 6;
  /** Elasticsearch refused the request. */
  static final int REFUSED = 7;
  /** Elasticsearch was reached but did not answer in time: a retry may well succeed. */
  static final int TIMEOUT = 8;
  /** The service turned the work away because too much was running: try again shortly. */
  static final int OVERLOADED = 9;

  private ExitCodes() {}

  static int of(Outcome outcome) {
    return switch (outcome) {
      case BAD_INPUT -> USAGE;
      case NOT_FOUND -> NOT_FOUND;
      case CONFLICT -> CONFLICT;
      case CLUSTER_UNAVAILABLE -> UNAVAILABLE;
      case CLUSTER_TIMEOUT -> TIMEOUT;
      case OVERLOADED -> OVERLOADED;
      case CLUSTER_REFUSED -> REFUSED;
      case INTERNAL -> FAILED;
    };
  }
}
