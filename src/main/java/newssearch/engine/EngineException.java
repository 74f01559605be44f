package newssearch.engine;

/** The embedded engine could not be installed, started or reached; the message says why and what to do. */
public class EngineException extends RuntimeException {
  public EngineException(String message) {
    super(message);
  }

  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
