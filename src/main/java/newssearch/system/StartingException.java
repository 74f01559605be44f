package newssearch.system;

/** The service cannot answer yet, and soon will: the message says what it is preparing. */
public class StartingException extends RuntimeException {
  public StartingException(String message) {
    super(message);
  }
}
