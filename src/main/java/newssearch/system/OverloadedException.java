package newssearch.system;

/** The service runs and holds as many searches as it admits: this one is turned away, to be asked again shortly. */
public class OverloadedException extends RuntimeException {
  public OverloadedException(String message) {
    super(message);
  }
}
