package newssearch.search;

import newssearch.index.SearchReadiness;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every path that answers from the index waits for it: the JSON API and the pages. */
@Configuration(proxyBeanMethods = false)
class SearchReadinessConfiguration implements WebMvcConfigurer {

  private final SearchReadiness readiness;

  SearchReadinessConfiguration(SearchReadiness readiness) {
    this.readiness = readiness;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SearchReadinessInterceptor(readiness)).addPathPatterns(
        "/api/search", "/api/search.csv", "/api/suggest", "/api/articles/**", "/", "/articles/**");
  }
}
