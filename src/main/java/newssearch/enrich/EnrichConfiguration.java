package newssearch.enrich;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

  /** Built once from the gazetteer; immutable, so every load and reindex shares it. */
  @Bean
  EntityMatcher entityMatcher() {
    return new EntityMatcher(Gazetteer.load());
  }
}
