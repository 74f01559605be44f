package newssearch.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import newssearch.index.SearchReadiness;
import newssearch.system.StartingException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers searches 503 with {@code Retry-After} while the service is still preparing its index, instead
 * of letting them fail on a missing index. A cluster that cannot be reached is left to the error
 * translators, which say so.
 */
final class SearchReadinessInterceptor implements HandlerInterceptor {

  /** Seconds a client should wait: a fresh start loads the samples in a few seconds. */
  static final String RETRY_AFTER_SECONDS = "5";

  private final SearchReadiness readiness;

  SearchReadinessInterceptor(SearchReadiness readiness) {
    this.readiness = readiness;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (readiness.state() == SearchReadiness.State.STARTING) {
      response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
      throw new StartingException("The search service is starting: its index is being prepared. Try again in a few seconds.");
    }
    return true;
  }
}
