package newssearch.system;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import newssearch.engine.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place HTTP errors are made: RFC 7807 problem details, 4xx for the caller's mistakes,
 * 503 when Elasticsearch cannot be reached, never a stack trace. The CLI maps the same failures to
 * its exit codes.
 */
@RestControllerAdvice
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(ApiException.class)
  ProblemDetail refused(ApiException e) {
    return ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
  }

  @ExceptionHandler({ConnectException.class, TransportException.class, EngineException.class})
  ProblemDetail unavailable(Exception e) {
    log.warn("Elasticsearch unavailable: {}", e.getMessage());
    return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "The search cluster cannot be reached; try again shortly.");
  }

  @ExceptionHandler(ElasticsearchException.class)
  ProblemDetail refusedByCluster(ElasticsearchException e) {
    log.error("Elasticsearch refused a request: {}", e.getMessage());
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "The search cluster refused the request.");
  }

  @ExceptionHandler(IOException.class)
  ProblemDetail io(IOException e) {
    if (e.getCause() instanceof ConnectException || e instanceof ConnectException) {
      return unavailable(e);
    }
    log.error("I/O failure while answering", e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed.");
  }
}
