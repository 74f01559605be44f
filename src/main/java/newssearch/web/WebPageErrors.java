package newssearch.web;

import newssearch.system.Failure;
import newssearch.system.FailureClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
  ModelAndView failed(Exception e) {
    // The framework's own errors (a parameter that does not bind) carry their status already.
    if (e instanceof ErrorResponse framework) {
      return page(framework.getStatusCode(), null);
    }
    Failure failure = FailureClassifier.classify(e);
    failure.log(log);
    return page(failure.outcome().status(), failure.callerMessage());
  }

  /** {@code detail} is the message for the reader; without one the page says what the status means. */
  private static ModelAndView page(HttpStatusCode status, String detail) {
    ModelAndView page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("detail", detail);
    return page;
  }
}
