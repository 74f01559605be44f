package newssearch.crosslingual;

import newssearch.enrich.Gazetteer;
import newssearch.index.IndexProperties;
import newssearch.system.ElasticsearchConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CrossLingualConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CrossLingualConfiguration.class);

  @Bean
  Dictionary dictionary(CrossLingualProperties properties) {
    Dictionary dictionary = Dictionary.loadIfPresent(properties.dictionary());
    if (dictionary.size() == 0) {
      log.info("No dictionary at {}: words are translated by the glossary alone", properties.dictionary());
    } else {
      log.info("Dictionary {}: {} English words", properties.dictionary(), dictionary.size());
    }
    return dictionary;
  }

  @Bean
  Glossary glossary() {
    return Glossary.load();
  }

  @Bean
  QueryTranslator queryTranslator(Glossary glossary, Dictionary dictionary, Gazetteer gazetteer,
      ElasticsearchConnection connection, IndexProperties index) {
    // Asked in the middle of a search: with a search's timeouts.
    return new QueryTranslator(glossary, dictionary, gazetteer, new IndexVocabulary(connection.searches(), index.alias()));
  }

  @Bean
  RussianQueryTranslator russianQueryTranslator(Glossary glossary, Dictionary dictionary, Gazetteer gazetteer) {
    return new RussianQueryTranslator(glossary, dictionary, gazetteer);
  }

  /**
   * Reading the dictionary backwards and reading its phrases take about two seconds each: a server
   * does them beside its start, not in it (nor in the first query that needs them). A command such
   * as {@code ingest} answers no query, and its CPU is the load's.
   */
  @Bean
  ApplicationListener<WebServerInitializedEvent> readDictionaryAhead(Dictionary dictionary) {
    return event -> {
      Thread ahead = new Thread(() -> {
        try {
          dictionary.readAhead();
        } catch (RuntimeException e) {
          log.error("Could not read the dictionary ahead; queries that need it will try again", e);
        }
      }, "dictionary-ahead");
      ahead.setDaemon(true);
      ahead.start();
    };
  }
}
