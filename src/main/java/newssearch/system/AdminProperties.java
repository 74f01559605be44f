package newssearch.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Admin actions over HTTP (ingest, reindex).
 *
 * @param apiKey the key a request must present in {@code X-API-Key}; empty disables the admin API
 */
@ConfigurationProperties("news.admin")
public record AdminProperties(String apiKey) {

  public boolean enabled() {
    return apiKey != null && !apiKey.isBlank();
  }
}
