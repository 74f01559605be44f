package newssearch.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import newssearch.system.OverloadedException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The search page turned away by {@link SearchAdmissionFilter}: the exception the page's error
 * translator answers 503 with {@code Retry-After}, in the reader's language.
 */
final class SearchRefusalInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getAttribute(SearchAdmissionFilter.TURNED_AWAY) != null) {
      throw new OverloadedException();
    }
    return true;
  }
}
