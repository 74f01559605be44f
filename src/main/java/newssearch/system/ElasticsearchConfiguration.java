package newssearch.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one client every part of the service shares (it is thread-safe and holds the connection pool). */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

  @Bean(destroyMethod = "close")
  ElasticsearchConnection elasticsearchConnection(ElasticsearchProperties cluster, EngineProperties embedded) {
    return ElasticsearchConnection.open(cluster, embedded);
  }

  @Bean
  ElasticsearchClient elasticsearchClient(ElasticsearchConnection connection) {
    return connection.client();
  }
}
