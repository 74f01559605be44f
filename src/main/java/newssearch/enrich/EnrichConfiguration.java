package newssearch.enrich;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

  @Bean
  Gazetteer gazetteer() {
    return Gazetteer.load();
  }

  /** Built once from the gazetteer; immutable, so every load and reindex shares it. */
  @Bean
  EntityMatcher entityMatcher(Gazetteer gazetteer) {
    return new EntityMatcher(gazetteer);
  }
}
