package newssearch.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards the writes of a public resource (saving and deleting saved searches): reads pass, anything
 * else needs the admin key as {@link AdminApiKeyInterceptor} checks it.
 */
final class AdminWritesInterceptor implements HandlerInterceptor {

  static final String GUARDED_PATHS = "/api/saved-searches/**";

  private final AdminApiKeyInterceptor admin;

  AdminWritesInterceptor(AdminApiKeyInterceptor admin) {
    this.admin = admin;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    String method = request.getMethod();
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
        || admin.preHandle(request, response, handler);
  }
}
