package newssearch.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The JSON API's errors, all RFC 7807 problem details ({@code application/problem+json}), never a
 * stack trace or an internal address. The service's own failures go through
 * {@link FailureClassifier}; the framework's (405, 415, an unreadable body, a missing or mistyped
 * parameter, an admin key refused) keep the status Spring gives them, through the base class.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> failed(Exception e) {
    Failure failure = FailureClassifier.classify(e);
    failure.log(log);
    HttpStatusCode status = failure.outcome().status();
    String detail = failure.callerMessage();
    ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
    failure.outcome().retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
    return response.body(ProblemDetail.forStatusAndDetail(status,
        detail != null ? detail : generalDetail(failure.outcome())));
  }

  /**
   * An unknown address under {@code /api/} is a problem like any other. Anywhere else a reader typed
   * it: the servlet container's error dispatch then renders the error page, in the reader's language.
   */
  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    if (servletRequest != null && servletRequest.getRequestURI().startsWith("/api/")) {
      return super.handleNoResourceFoundException(e, headers, status, request);
    }
    try {
      ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class).sendError(status.value());
    } catch (IOException sendFailed) {
      throw new UncheckedIOException(sendFailed);
    }
    return null;
  }

  private static String generalDetail(Outcome outcome) {
    return switch (outcome) {
      case CLUSTER_UNAVAILABLE -> "The search cluster cannot be reached; try again shortly.";
      case CLUSTER_REFUSED -> "The search cluster refused the request.";
      case CLUSTER_TIMEOUT -> "The search cluster did not answer in time; try again, or narrow the search.";
      default -> "The request could not be completed.";
    };
  }
}
