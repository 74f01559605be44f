package newssearch.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards {@code /api/admin/**}: without a configured key the admin API is off (403); a request
 * without the right {@code X-API-Key} is refused (401). Public search stays open and read-only.
 */
final class AdminApiKeyInterceptor implements HandlerInterceptor {

  /** The paths it guards. */
  static final String GUARDED_PATHS = "/api/admin/**";

  private final AdminProperties admin;

  AdminApiKeyInterceptor(AdminProperties admin) {
    this.admin = admin;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!admin.enabled()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The admin API is off: start the service with NEWS_ADMIN_API_KEY set.");
    }
    if (!admin.accepts(request.getHeader(AdminProperties.HEADER))) {
      throw new KeyRequiredException();
    }
    return true;
  }

  /**
   * 401 with the challenge HTTP requires of it ({@code WWW-Authenticate}): the scheme names the
   * header the key goes in. Clients that follow the rule (Jetty's) treat a 401 without it as a
   * broken answer rather than as "key refused".
   */
  static final class KeyRequiredException extends ResponseStatusException {

    static final String CHALLENGE = "ApiKey realm=\"news-search admin\", header=\"" + AdminProperties.HEADER + "\"";

    KeyRequiredException() {
      super(HttpStatus.UNAUTHORIZED, "A valid X-API-Key header is required.");
    }

    @Override
    public HttpHeaders getHeaders() {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
      return headers;
    }
  }
}
