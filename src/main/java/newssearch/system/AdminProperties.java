package newssearch.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Admin actions over HTTP (ingest, reindex).
 *
 * @param apiKey the key a request must present in {@code X-API-Key}; empty disables the admin API
 */
@ConfigurationProperties("news.admin")
public record AdminProperties(String apiKey) {

  /** The request header that carries the admin key. */
  public static final String HEADER = "X-API-Key";

  public boolean enabled() {
    return apiKey != null && !apiKey.isBlank();
  }

  /** Whether {@code presented} is the admin key, compared in constant time. */
  public boolean accepts(String presented) {
    return enabled() && presented != null
        && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), apiKey.getBytes(StandardCharsets.UTF_8));
  }
}
