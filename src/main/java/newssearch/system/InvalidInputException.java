package newssearch.system;

/** The caller's input cannot be used; the message names what is wrong, for the caller to read. */
public class InvalidInputException extends RuntimeException {
  public InvalidInputException(String message) {
    super(message);
  }
}
