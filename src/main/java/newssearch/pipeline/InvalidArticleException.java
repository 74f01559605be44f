package newssearch.pipeline;

/** A record that cannot become an article; the message is the reason a person reads in the rejects file. */
public class InvalidArticleException extends Exception {
  public InvalidArticleException(String reason) {
    super(reason);
  }
}
