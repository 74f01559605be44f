package newssearch.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Health shows its components and details only to the admin (health's {@code show-details:
 * when-authorized}): a request to {@code /actuator/health} with the admin key in {@code X-API-Key}
 * is marked as the admin's, so anonymous callers see the status alone. Without Spring Security, the
 * health endpoint asks the servlet request for its principal.
 */
@Component
class AdminHealthDetailsFilter extends OncePerRequestFilter {

  private static final Principal ADMIN = () -> "admin";

  private final AdminProperties admin;

  AdminHealthDetailsFilter(AdminProperties admin) {
    this.admin = admin;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/actuator/health");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(admin.accepts(request.getHeader(AdminProperties.HEADER)) ? asAdmin(request) : request, response);
  }

  private static HttpServletRequest asAdmin(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return ADMIN;
      }

      @Override
      public boolean isUserInRole(String role) {
        return true;
      }
    };
  }
}
