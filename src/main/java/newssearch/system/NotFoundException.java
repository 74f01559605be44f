package newssearch.system;

/** What the caller asked for does not exist; the message says what, for the caller to read. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
