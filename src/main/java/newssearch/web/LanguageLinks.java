package newssearch.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The language switch: this very page in Russian or English (the rest of its URL kept). */
@ControllerAdvice(assignableTypes = {SearchPageController.class, ArticlePageController.class})
class LanguageLinks {

  record Links(String ru, String en) {}

  @ModelAttribute("languages")
  Links languages(HttpServletRequest request) {
    String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
        .filter(p -> !p.startsWith("lang=") && !p.isEmpty())
        .collect(Collectors.joining("&"));
    String base = request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&");
    return new Links(base + "lang=ru", base + "lang=en");
  }
}
