package newssearch.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import newssearch.index.SearchReadiness;
import newssearch.system.StartingException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers searches 503 with {@code Retry-After} while the service is still preparing its index, instead
 * of letting them fail on a missing index (the error translators answer, as for an unreachable
 * cluster). A cluster that cannot be reached is left to them too, which say so.
 */
final class SearchReadinessInterceptor implements HandlerInterceptor {

  private final SearchReadiness readiness;

  SearchReadinessInterceptor(SearchReadiness readiness) {
    this.readiness = readiness;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (readiness.state() == SearchReadiness.State.STARTING) {
      throw new StartingException("The search service is starting: its index is being prepared. Try again in a few seconds.");
    }
    return true;
  }
}
