package newssearch.search;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import newssearch.index.SearchReadiness;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every path that answers from the index waits for it: the JSON API and the pages. Their search
 * parameters are read by {@link SearchParametersResolver}. Searches (the
 * JSON search, its Atom feed and the search page) take a turn first ({@link SearchAdmissionFilter}).
 * Suggestions and articles are one small request each and are not counted, nor is the CSV export,
 * which streams for as long as the reader reads.
 */
@Configuration(proxyBeanMethods = false)
class SearchInterceptorsConfiguration implements WebMvcConfigurer {

  private final SearchReadiness readiness;
  // One thread: it only answers searches turned away, or hands them back to the web server, when
  // their pause is over.
  private final ScheduledExecutorService refusalPauses = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "search-refusals");
    thread.setDaemon(true);
    return thread;
  });

  SearchInterceptorsConfiguration(SearchReadiness readiness) {
    this.readiness = readiness;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SearchReadinessInterceptor(readiness)).addPathPatterns(
        "/api/search", "/api/search.csv", "/api/suggest", "/api/articles/**", "/", "/articles/**");
    // After readiness: a service still starting answers that, and took no turn.
    registry.addInterceptor(new SearchRefusalInterceptor()).addPathPatterns("/");
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new SearchParametersResolver());
  }

  /** Right after the security headers, ahead of everything else the web server runs for a request. */
  @Bean
  FilterRegistrationBean<SearchAdmissionFilter> searchAdmissionFilter(SearchAdmission admission) {
    FilterRegistrationBean<SearchAdmissionFilter> registration =
        new FilterRegistrationBean<>(new SearchAdmissionFilter(admission, readiness, refusalPauses));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setAsyncSupported(true);
    return registration;
  }

  @PreDestroy
  void stopPauses() {
    refusalPauses.shutdownNow();
  }
}
