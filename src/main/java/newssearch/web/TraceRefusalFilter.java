package newssearch.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * TRACE is refused (405) on every path. The servlet's default answer echoes the request back,
 * headers included, which a page on another site could read (cross-site tracing); Spring MVC hands
 * TRACE to that default even when it routes it, and the web server (Jetty) does not refuse it itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TraceRefusalFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (HttpMethod.TRACE.matches(request.getMethod())) {
      // The methods the service answers on some path; which of them this path takes is its handler's to say.
      response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, DELETE, OPTIONS");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    chain.doFilter(request, response);
  }
}
