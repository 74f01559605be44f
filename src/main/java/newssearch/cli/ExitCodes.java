package newssearch.cli;

/** What a command's exit code tells a script. */
final class ExitCodes {
  static final int OK = 0;
  /** Something failed that is not one of the cases below; the message says what. */
  static final int FAILED = 1;
  /** The command line was wrong (picocli's own code). */
  static final int USAGE = 2;
  /** Elasticsearch could not be started or reached. */
  static final int UNAVAILABLE = 3;
  /** The command finished, but some input was rejected (see the rejects file). */
  static final int PARTIAL = 4;

  private ExitCodes() {}
}
