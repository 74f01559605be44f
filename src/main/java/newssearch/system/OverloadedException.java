package newssearch.system;

/**
 * The service runs and holds as many searches as it admits: this one is turned away, to be asked
 * again shortly. Without a stack trace: under overload it is thrown hundreds of times a second, says
 * nothing a trace would add, and filling one in is most of what turning a search away would cost.
 */
public class OverloadedException extends RuntimeException {

  /** What a search turned away hears, wherever it is answered. */
  public static final String DETAIL = "Too many searches at once: try again in a moment.";

  public OverloadedException() {
    super(DETAIL, null, false, false);
  }
}
