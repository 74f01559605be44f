package newssearch.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newssearch.index.SearchReadiness;
import newssearch.system.Outcome;
import newssearch.system.OverloadedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Holds a search (the JSON search, its Atom feed, the search page) to its turn ({@link
 * SearchAdmission}) and gives the turn back when the answer starts to be written ({@link
 * TurnReturningResponse}). A search turned away is
 * answered 503 with {@code Retry-After}: as problem+json on the JSON API, as a page on the page.
 *
 * <p>A search turned away at once (the queue full) hears so {@code news.search.refusal-delay} later,
 * not sooner, as one turned away after waiting {@code max-wait} did: the request is put aside (asynchronously: no thread waits) and answered when the pause is over. A crowd
 * of clients that ignore {@code Retry-After} and ask again as soon as they hear would otherwise ask
 * hundreds of times a second each, and on a small machine the CPU those refusals take (the web
 * server's, and the crowd's own) is taken from the searches admitted: on 2 cores, 32 such clients
 * slowed them fivefold, and making a refusal cheaper only let them ask more often (bench/README.md,
 * "Overload"). With the pause each asks at most once per pause.
 *
 * <p>The pause pays only if the refusal is cheap too, so this is a servlet filter, ahead of Spring
 * MVC, and writes the API's answer itself: the same problem the error translators give an {@link
 * newssearch.system.OverloadedException}. The page's answer speaks the reader's language and is left
 * to them: after its pause the page is dispatched again, and {@link SearchRefusalInterceptor} throws
 * that exception. People in browsers do not ask again within milliseconds.
 *
 * <p>A service still preparing its index takes no turns: the readiness interceptor answers those.
 */
final class SearchAdmissionFilter implements Filter {

  static final Set<String> SEARCHES = Set.of("/api/search", "/api/search.atom", "/");
  static final String TURNED_AWAY = SearchAdmissionFilter.class.getName() + ".turnedAway";
  /** The API's refusals, written once: a crowd that ignores Retry-After asks for them a thousand times a second. */
  private static final Map<String, byte[]> PROBLEMS = SEARCHES.stream().filter(path -> path.startsWith("/api/"))
      .collect(Collectors.toUnmodifiableMap(path -> path, SearchAdmissionFilter::problem));

  private final SearchAdmission admission;
  private final SearchReadiness readiness;
  private final ScheduledExecutorService pauses;

  SearchAdmissionFilter(SearchAdmission admission, SearchReadiness readiness, ScheduledExecutorService pauses) {
    this.admission = admission;
    this.readiness = readiness;
    this.pauses = pauses;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String path = request.getRequestURI();
    // Only reading is a search: another method on these paths is refused by its handler, not counted.
    boolean reads = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
    if (request.getDispatcherType() != DispatcherType.REQUEST || !reads || !SEARCHES.contains(path)
        || readiness.state() == SearchReadiness.State.STARTING) {
      chain.doFilter(request, response);
      return;
    }
    SearchLimiter.Turn turn = admission.tryAdmit();
    if (turn == SearchLimiter.Turn.TAKEN) {
      // The turn ends when the answer starts, or at the latest when the handler returns (an error
      // answered by the container writes nothing through the wrapper).
      TurnReturningResponse answering = new TurnReturningResponse(response, admission::release);
      try {
        chain.doFilter(request, answering);
      } finally {
        answering.giveTurnBack();
      }
      return;
    }
    boolean api = path.startsWith("/api/");
    // A search that waited for a turn (news.search.max-wait) has had its pause.
    long pause = turn == SearchLimiter.Turn.REFUSED_AT_ONCE ? admission.refusalDelay().toNanos() : 0;
    if (pause <= 0 || !request.isAsyncSupported()) {
      if (api) {
        writeProblem(response, path);
      } else {
        request.setAttribute(TURNED_AWAY, Boolean.TRUE);
        chain.doFilter(request, response);
      }
      return;
    }
    request.setAttribute(TURNED_AWAY, Boolean.TRUE);
    AsyncContext putAside = request.startAsync();
    Runnable answer = api ? () -> answerProblem(putAside, path) : putAside::dispatch;
    pauses.schedule(answer, pause, TimeUnit.NANOSECONDS);
  }

  private static void answerProblem(AsyncContext putAside, String path) {
    try {
      writeProblem((HttpServletResponse) putAside.getResponse(), path);
    } catch (IOException clientGone) {
      // Nobody to tell.
    } finally {
      putAside.complete();
    }
  }

  private static void writeProblem(HttpServletResponse response, String path) throws IOException {
    byte[] body = PROBLEMS.get(path);
    response.setStatus(Outcome.OVERLOADED.status().value());
    Outcome.OVERLOADED.retryAfterSeconds().ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** RFC 7807, as {@code ProblemDetail.forStatusAndDetail} gives it, with the path as its instance. */
  private static byte[] problem(String path) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", Outcome.OVERLOADED.status().getReasonPhrase());
    problem.put("status", Outcome.OVERLOADED.status().value());
    problem.put("detail", OverloadedException.DETAIL);
    problem.put("instance", path);
    try {
      return new ObjectMapper().writeValueAsBytes(problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
