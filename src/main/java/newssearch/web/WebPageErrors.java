package newssearch.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import newssearch.system.Failure;
import newssearch.system.FailureClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the pages, as pages: the status the JSON API gives for the same failure, with the
 * search box still there and a message in the reader's language; never a stack trace. Ahead of the
 * API's problem+json translator, for the page controllers only.
 */
@ControllerAdvice(assignableTypes = {SearchPageController.class, ArticlePageController.class,
    SavedSearchesPageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebPageErrors {

  private static final Logger log = LoggerFactory.getLogger(WebPageErrors.class);

  @ExceptionHandler(Exception.class)
  ModelAndView failed(Exception e, HttpServletResponse response) {
    // The framework's own errors (a parameter that does not bind) carry their status already.
    if (e instanceof ErrorResponse framework) {
      return page(framework.getStatusCode(), null, null);
    }
    Failure failure = FailureClassifier.classify(e);
    failure.log(log);
    failure.outcome().retryAfterSeconds().ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds));
    return page(failure.outcome().status(), failure.callerMessage(), failure.outcome().name().toLowerCase(Locale.ROOT));
  }

  /**
   * {@code detail} is the message for the reader; without one the page says what the status means,
   * or what the outcome {@code kind} does where one status has two (messages {@code error.<kind>}).
   */
  private static ModelAndView page(HttpStatusCode status, String detail, String kind) {
    ModelAndView page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("kind", kind);
    page.addObject("detail", detail);
    return page;
  }
}
