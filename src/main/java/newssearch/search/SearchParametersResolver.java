package newssearch.search;

import java.util.List;
import java.util.Locale;
import newssearch.system.InvalidInputException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link SearchParameters} from the query string, for every handler that takes them (the
 * JSON search, its CSV and Atom forms, the pages). Spring's own binding of a record works out
 * each constructor parameter's annotations and nullness again for every request: measured, about
 * half the CPU the service spends on a search. A repeated parameter is a list; a value is
 * taken whole, commas included (an organisation's name may hold one).
 */
final class SearchParametersResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == SearchParameters.class;
  }

  @Override
  public SearchParameters resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
      NativeWebRequest request, WebDataBinderFactory binders) {
    return new SearchParameters(request.getParameter("q"), request.getParameter("from"), request.getParameter("to"),
        list(request, "source"), list(request, "language"), list(request, "person"), list(request, "organization"),
        list(request, "place"), request.getParameter("sort"), request.getParameter("size"),
        request.getParameter("page"), request.getParameter("cursor"), flag(request, "collapse"),
        flag(request, "expand"));
  }

  private static List<String> list(NativeWebRequest request, String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? null : List.of(values);
  }

  /** The words Spring accepts for a flag, so that links written for it keep working. */
  private static Boolean flag(NativeWebRequest request, String name) {
    String value = request.getParameter(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "1" -> true;
      case "false", "off", "no", "0" -> false;
      default -> throw new InvalidInputException(name + ": true or false expected, got '" + value + "'");
    };
  }
}
