package newssearch.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import newssearch.engine.EmbeddedEngine;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.util.StringUtils;

/**
 * Where Elasticsearch comes from, decided once: the configured cluster, otherwise the embedded
 * engine. Owns the client and, when it started it, the engine.
 */
public final class ElasticsearchConnection implements AutoCloseable {

  /**
   * Longer than the client's default 30 s: on a busy node a large bulk request can wait that long in
   * the write queue, and a request given up on is still executed by the node while the writer sends
   * it again, so every timeout added load exactly when the node had none to spare.
   */
  private static final int SOCKET_TIMEOUT_MILLIS = 120_000;

  private final String url;
  private final String origin;
  private final ElasticsearchClient client;
  private final EmbeddedEngine engine; // null for an external cluster

  private ElasticsearchConnection(String url, String origin, ElasticsearchClient client, EmbeddedEngine engine) {
    this.url = url;
    this.origin = origin;
    this.client = client;
    this.engine = engine;
  }

  public static ElasticsearchConnection open(ElasticsearchProperties cluster, EngineProperties embedded) {
    if (cluster.external()) {
      return new ElasticsearchConnection(cluster.url(), "external", client(cluster.url(), cluster), null);
    }
    EmbeddedEngine engine = EmbeddedEngine.start(embedded.settings());
    String origin = engine.owned() ? "embedded, started by this process" : "embedded, shared with another command";
    return new ElasticsearchConnection(engine.url(), origin, client(engine.url(), cluster), engine);
  }

  private static ElasticsearchClient client(String url, ElasticsearchProperties cluster) {
    RestClientBuilder rest = RestClient.builder(HttpHost.create(url));
    if (StringUtils.hasText(cluster.apiKey())) {
      rest.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + cluster.apiKey())});
    }
    SSLContext ssl = cluster.hasCaCertificate() ? sslContext(cluster.caCertificate()) : null;
    boolean basicAuth = !StringUtils.hasText(cluster.apiKey()) && StringUtils.hasText(cluster.username());
    rest.setRequestConfigCallback(request -> request.setSocketTimeout(SOCKET_TIMEOUT_MILLIS));
    rest.setHttpClientConfigCallback(http -> {
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
