package newssearch.system;

/** A sound request the current state forbids; the message says why, for the caller to read. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
