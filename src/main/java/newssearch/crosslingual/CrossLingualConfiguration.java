package newssearch.crosslingual;

import newssearch.enrich.Gazetteer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CrossLingualConfiguration {

  @Bean
  QueryTranslator queryTranslator(Gazetteer gazetteer) {
    return new QueryTranslator(Glossary.load(), gazetteer);
  }
}
