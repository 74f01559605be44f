package newssearch.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds a search to its turn ({@link SearchAdmission}) and gives the turn back when the answer is
 * written. A search turned away is an {@link newssearch.system.OverloadedException}, which the error
 * translators answer 503 with {@code Retry-After}, as JSON or as a page.
 */
final class SearchLimitInterceptor implements HandlerInterceptor {

  private static final String ADMITTED = SearchLimitInterceptor.class.getName() + ".admitted";

  private final SearchAdmission admission;

  SearchLimitInterceptor(SearchAdmission admission) {
    this.admission = admission;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    admission.admit();
    request.setAttribute(ADMITTED, Boolean.TRUE);
    return true;
  }

  /** Called for every request whose {@link #preHandle} returned, whatever the handler did. */
  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (request.getAttribute(ADMITTED) != null) {
      request.removeAttribute(ADMITTED);
      admission.release();
    }
  }
}
