package newssearch.search;

import newssearch.index.SearchReadiness;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every path that answers from the index waits for it: the JSON API and the pages. Then searches
 * (the JSON search, its Atom feed and the search page) wait for a turn. Suggestions and articles are
 * one small request each and are not counted, nor is the CSV export, which streams after its handler
 * has returned, past any turn taken here.
 */
@Configuration(proxyBeanMethods = false)
class SearchInterceptorsConfiguration implements WebMvcConfigurer {

  static final String[] SEARCHES = {"/api/search", "/api/search.atom", "/"};

  private final SearchReadiness readiness;
  private final SearchAdmission admission;

  SearchInterceptorsConfiguration(SearchReadiness readiness, SearchAdmission admission) {
    this.readiness = readiness;
    this.admission = admission;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SearchReadinessInterceptor(readiness)).addPathPatterns(
        "/api/search", "/api/search.csv", "/api/suggest", "/api/articles/**", "/", "/articles/**");
    // After readiness: a service still starting answers that, and takes no turn.
    registry.addInterceptor(new SearchLimitInterceptor(admission)).addPathPatterns(SEARCHES);
  }
}
