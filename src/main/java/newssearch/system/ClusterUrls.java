package newssearch.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.http.HttpHost;

/**
 * The nodes of {@code news.elasticsearch.url}: one URL, or several separated by commas. The client
 * is given every one, so a request that cannot reach a node (or gets 502–504 from it) is sent to the
 * next, and losing the node the service first talked to is not fatal.
 */
final class ClusterUrls {

  private static final String EXAMPLE = "http://localhost:9200 or https://es1.example.org:9200,https://es2.example.org:9200";

  private ClusterUrls() {}

  /** The hosts in the order given; anything that is not a plain http(s) address of a node is refused, naming it. */
  static List<HttpHost> parse(String urls) {
    if (urls == null || urls.isBlank()) {
      throw invalid("no URL given");
    }
    List<HttpHost> hosts = new ArrayList<>();
    for (String part : urls.split(",", -1)) {
      hosts.add(host(part.strip()));
    }
    return List.copyOf(hosts);
  }

  private static HttpHost host(String url) {
    if (url.isEmpty()) {
      throw invalid("an empty URL between commas");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      throw invalid("'" + url + "' must start with http:// or https://");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw invalid("'" + url + "' is not a URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null) {
      throw invalid("'" + url + "' names no host (or its port is not a number)");
    }
    // Credentials in a URL end up in logs and process lists; they have variables of their own.
    if (uri.getUserInfo() != null) {
      throw invalid("'" + url + "' holds credentials: give them in NEWS_ES_API_KEY or NEWS_ES_USERNAME and NEWS_ES_PASSWORD");
    }
    boolean bare = (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
        && uri.getQuery() == null && uri.getFragment() == null;
    if (!bare) {
      throw invalid("'" + url + "' has a path, query or fragment; a node's URL is scheme, host and port only");
    }
    return new HttpHost(uri.getHost(), uri.getPort(), scheme);
  }

  private static InvalidInputException invalid(String problem) {
    return new InvalidInputException("news.elasticsearch.url (--es-url, NEWS_ES_URL): " + problem
        + ". Expected one or more comma-separated URLs, e.g. " + EXAMPLE);
  }
}
