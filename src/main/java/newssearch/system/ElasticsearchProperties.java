package newssearch.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * An external Elasticsearch cluster. Without a URL the service runs the embedded engine.
 *
 * @param url           the cluster's HTTP(S) address, e.g. {@code https://es.example.org:9200}
 * @param apiKey        an encoded API key, sent as {@code Authorization: ApiKey …}
 * @param username      basic-auth user, when no API key is given
 * @param password      basic-auth password
 * @param caCertificate a PEM file with the CA that signed the cluster's certificate
 */
@ConfigurationProperties("news.elasticsearch")
public record ElasticsearchProperties(String url, String apiKey, String username, String password, Path caCertificate) {

  public boolean external() {
    return StringUtils.hasText(url);
  }

  /** True when a CA file is configured (an empty environment variable binds as an empty path). */
  public boolean hasCaCertificate() {
    return caCertificate != null && !caCertificate.toString().isBlank();
  }
}
