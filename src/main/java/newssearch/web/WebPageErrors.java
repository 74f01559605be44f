package newssearch.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import newssearch.engine.EngineException;
import newssearch.system.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the pages, as pages: the same statuses the JSON API gives (400 for a bad parameter,
 * 404, 503 when the cluster cannot be reached), with the search box still there and a message in
 * the reader's language; never a stack trace. Ahead of the API's problem+json translator, for the
 * page controllers only.
 */
@ControllerAdvice(assignableTypes = {SearchPageController.class, ArticlePageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebPageErrors {

  private static final Logger log = LoggerFactory.getLogger(WebPageErrors.class);

  @ExceptionHandler(ApiException.class)
  ModelAndView refused(ApiException e) {
    return page(e.status(), e.getMessage());
  }

  @ExceptionHandler(ElasticsearchException.class)
  ModelAndView refusedByCluster(ElasticsearchException e) {
    log.error("Elasticsearch refused a page's request: {}", e.getMessage());
    return page(HttpStatus.BAD_GATEWAY, null);
  }

  /** A connection refused, a transport failure, an engine that is not running: the cluster is away. */
  @ExceptionHandler({IOException.class, TransportException.class, EngineException.class})
  ModelAndView unavailable(Exception e) {
    log.warn("Elasticsearch unavailable for a page: {}", e.getMessage());
    return page(HttpStatus.SERVICE_UNAVAILABLE, null);
  }

  /** {@code detail} is the message for the reader; without one the page says what the status means. */
  private static ModelAndView page(HttpStatus status, String detail) {
    ModelAndView page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("detail", detail);
    return page;
  }
}
