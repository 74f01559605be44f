package newssearch.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.StringUtils;

/**
 * An external Elasticsearch cluster. Without a URL the service runs the embedded engine.
 *
 * @param url           the cluster's HTTP(S) address, e.g. {@code https://es.example.org:9200}, or several
 *                      nodes' separated by commas: the client spreads requests over them and passes
 *                      over a node it cannot reach
 * @param apiKey        an encoded API key, sent as {@code Authorization: ApiKey …}
 * @param username      basic-auth user, when no API key is given
 * @param password      basic-auth password
 * @param caCertificate a PEM file with the CA that signed the cluster's certificate
 * @param connectTimeout a connection to the cluster not made by then has failed (the cluster is
 *                      out of reach: 503)
 * @param socketTimeout  a request whose answer stops coming for this long has failed (504); the
 *                      requests of a search have their own, shorter one
 * @param searchTimeout  a search's requests are sent with this {@code timeout}: the cluster stops
 *                      looking then, and the search answers 504 rather than what it found so far;
 *                      the client waits for them half as long again
 */
@ConfigurationProperties("news.elasticsearch")
public record ElasticsearchProperties(String url, String apiKey, String username, String password, Path caCertificate,
    Duration connectTimeout, Duration socketTimeout, Duration searchTimeout) {

  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  /**
   * Longer than the client's default 30 s: on a busy node a large bulk request can wait that long in
   * the write queue, and a request given up on is still executed by the node while the writer sends
   * it again, so every timeout added load exactly when the node had none to spare.
   */
  static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofMinutes(2);
  static final Duration DEFAULT_SEARCH_TIMEOUT = Duration.ofSeconds(10);

  @ConstructorBinding
  public ElasticsearchProperties {
    connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    socketTimeout = socketTimeout == null ? DEFAULT_SOCKET_TIMEOUT : socketTimeout;
    searchTimeout = searchTimeout == null ? DEFAULT_SEARCH_TIMEOUT : searchTimeout;
  }

  /** The cluster with the default timeouts. */
  public ElasticsearchProperties(String url, String apiKey, String username, String password, Path caCertificate) {
    this(url, apiKey, username, password, caCertificate, null, null, null);
  }

  public boolean external() {
    return StringUtils.hasText(url);
  }

  /** True when a CA file is configured (an empty environment variable binds as an empty path). */
  public boolean hasCaCertificate() {
    return caCertificate != null && !caCertificate.toString().isBlank();
  }
}
