package newssearch.saved;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newssearch.search.SearchParameters;
import newssearch.search.SearchQuery;

/**
 * A search kept under a name, as stored in its own index: the whole search (words and filters, no
 * paging), where its alerts go, and up to when each alert channel has been told.
 *
 * @param id           stable id, chosen by the service
 * @param name         what the reader calls it
 * @param search       the parameters of {@code /api/search}, without size, page, cursor and sort
 * @param webhook      where to POST new matches, or null
 * @param email        addresses to mail new matches to, or empty
 * @param createdAt    when it was saved; alerts start from here
 * @param alertedUntil per channel ({@code webhook}, {@code email}): every match stored up to this instant has
 *                     been delivered
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SavedSearch(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("search") SearchParameters search,
    @JsonProperty("webhook") Webhook webhook,
    @JsonProperty("email") List<String> email,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("alerted_until") Map<String, Instant> alertedUntil) {

  /**
   * @param url    where to POST
   * @param secret the key of the HMAC-SHA256 in {@code X-Signature}; never shown after creation
   */
  public record Webhook(@JsonProperty("url") String url, @JsonProperty("secret") String secret) {}

  /** The search, first page, as {@code /api/search} would run it. */
  public SearchQuery query() {
    return search.onePage();
  }

  public List<String> email() {
    return email == null ? List.of() : email;
  }

  /** Every match stored after this has yet to reach {@code channel}. */
  public Instant alertedUntil(String channel) {
    return alertedUntil == null ? createdAt : alertedUntil.getOrDefault(channel, createdAt);
  }
}
