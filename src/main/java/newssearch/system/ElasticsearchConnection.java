package newssearch.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import newssearch.engine.EmbeddedEngine;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.util.StringUtils;

/**
 * Where Elasticsearch comes from, decided once: the configured cluster, otherwise the embedded
 * engine. Owns the client and, when it started it, the engine.
 */
public final class ElasticsearchConnection implements AutoCloseable {

  /**
   * Connections to the cluster at most, per node and in all. Searches are bounded by
   * {@code news.search.max-concurrent}; the pool (the client's default is 10 per node) must not hold
   * them a second time, in a queue nobody sees and with no timeout.
   */
  private static final int MAX_CONNECTIONS = 100;

  private final String url;
  private final String origin;
  private final ElasticsearchClient client;
  private final ElasticsearchClient searches;
  private final ElasticsearchClient searchLookups;
  private final EmbeddedEngine engine; // null for an external cluster

  private ElasticsearchConnection(String url, String origin, ElasticsearchClient client, ElasticsearchProperties cluster,
      EmbeddedEngine engine) {
    this.url = url;
    this.origin = origin;
    this.client = client;
    // Half as long again as the search's timeout: the cluster checks that while it collects hits, then
    // still gathers, aggregates and highlights them.
    Duration searchSocket = cluster.searchTimeout().plus(cluster.searchTimeout().dividedBy(2));
    this.searches = within(client, cluster.connectTimeout(), searchSocket,
        Map.of("timeout", cluster.searchTimeout().toMillis() + "ms"));
    this.searchLookups = within(client, cluster.connectTimeout(), searchSocket, Map.of());
    this.engine = engine;
  }

  public static ElasticsearchConnection open(ElasticsearchProperties cluster, EngineProperties embedded) {
    if (cluster.external()) {
      return new ElasticsearchConnection(cluster.url(), "external", client(cluster.url(), cluster), cluster, null);
    }
    EmbeddedEngine engine = EmbeddedEngine.start(embedded.settings());
    String origin = engine.owned() ? "embedded, started by this process" : "embedded, shared with another command";
    return new ElasticsearchConnection(engine.url(), origin, client(engine.url(), cluster), cluster, engine);
  }

  private static ElasticsearchClient client(String url, ElasticsearchProperties cluster) {
    RestClientBuilder rest = RestClient.builder(ClusterUrls.parse(url).toArray(HttpHost[]::new));
    if (StringUtils.hasText(cluster.apiKey())) {
      rest.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + cluster.apiKey())});
    }
    SSLContext ssl = cluster.hasCaCertificate() ? sslContext(cluster.caCertificate()) : null;
    boolean basicAuth = !StringUtils.hasText(cluster.apiKey()) && StringUtils.hasText(cluster.username());
    rest.setRequestConfigCallback(request -> request
        .setConnectTimeout(millis(cluster.connectTimeout()))
        .setSocketTimeout(millis(cluster.socketTimeout())));
    rest.setHttpClientConfigCallback(http -> {
      http.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS);
      if (ssl != null) {
        http.setSSLContext(ssl);
      }
      if (basicAuth) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(cluster.username(), cluster.password()));
        http.setDefaultCredentialsProvider(credentials);
      }
      return http;
    });
    ObjectMapper json = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    ElasticsearchTransport transport = new RestClientTransport(rest.build(), new JacksonJsonpMapper(json));
    return new ElasticsearchClient(transport);
  }

  private static SSLContext sslContext(Path caCertificate) {
    try {
      return TransportUtils.sslContextFromHttpCaCrt(caCertificate.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CA certificate " + caCertificate + ": " + e.getMessage(), e);
    }
  }

  /**
   * The client with another socket timeout for its requests, and these query parameters on each. A
   * request's configuration replaces the client's whole default one, so the connect timeout is repeated.
   */
  private static ElasticsearchClient within(ElasticsearchClient client, Duration connectTimeout, Duration socketTimeout,
      Map<String, String> parameters) {
    RequestConfig config = RequestConfig.custom()
        .setConnectTimeout(millis(connectTimeout))
        .setSocketTimeout(millis(socketTimeout))
        .build();
    RestClientOptions.Builder options = new RestClientOptions(
        RequestOptions.DEFAULT.toBuilder().setRequestConfig(config).build(), false).toBuilder();
    parameters.forEach(options::setParameter);
    return client.withTransportOptions(options.build());
  }

  private static int millis(Duration duration) {
    return Math.toIntExact(duration.toMillis());
  }

  /**
   * For a search's {@code _search} requests: sent with {@code news.elasticsearch.search-timeout} as
   * their {@code timeout}, and given up on a little after it.
   */
  public ElasticsearchClient searches() {
    return searches;
  }

  /**
   * For a search's other requests (a count, an article by id), which take no {@code timeout}
   * parameter: given up on as late as {@link #searches}.
   */
  public ElasticsearchClient searchLookups() {
    return searchLookups;
  }

  /** Returns once the cluster can take requests: at once for an external cluster, when green for the embedded engine. */
  public void awaitReady() {
    if (engine != null) {
      engine.awaitReady();
    }
  }

  /** False while the embedded engine is still starting. */
  public boolean ready() {
    return engine == null || engine.ready();
  }

  public ElasticsearchClient client() {
    return client;
  }

  public String url() {
    return url;
  }

  /** {@code external}, or which kind of embedded engine: for status lines and health details. */
  public String origin() {
    return origin;
  }

  @Override
  public void close() throws IOException {
    try {
      client._transport().close();
    } finally {
      if (engine != null) {
        engine.close();
      }
    }
  }
}
