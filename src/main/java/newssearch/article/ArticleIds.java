package newssearch.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stable article ids, so that ingesting the same input twice changes nothing: from the canonical
 * URL when there is one, else from the content.
 */
public final class ArticleIds {

  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "ref",
      "from", "utm_referrer", "_openstat", "rss", "share");

  private ArticleIds() {}

  /**
   * The URL with what does not name the article removed: tracking parameters, the fragment, the
   * default port, a trailing slash; scheme and host lowercased. Empty if not an http(s) URL.
   */
  public static Optional<String> canonicalUrl(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String candidate = url.trim();
    // Some dumps glue the site's prefix onto an absolute URL: "https://a.comhttps://a.com/x".
    int second = candidate.indexOf("://", candidate.indexOf("://") + 3);
    int queryStart = candidate.indexOf('?');
    if (second > 0 && (queryStart < 0 || second < queryStart)) {
      candidate = candidate.substring(candidate.lastIndexOf("http", second));
    }
    try {
      URI uri = new URI(candidate);
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
        return Optional.empty();
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = uri.getRawQuery() == null ? "" : Arrays.stream(uri.getRawQuery().split("&"))
          .filter(p -> !p.isEmpty())
          .filter(p -> !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
          .sorted()
          .collect(Collectors.joining("&"));
      boolean defaultPort = uri.getPort() == -1 || uri.getPort() == 80 && scheme.equals("http")
          || uri.getPort() == 443 && scheme.equals("https");
      return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + uri.getPort()) + path
          + (query.isEmpty() ? "" : "?" + query));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean isTracking(String name) {
    return name.startsWith("utm_") || TRACKING.contains(name);
  }

  /**
   * The id for an article: from its canonical URL (the same for http and https, with or without
   * {@code www.}), else from the input's own record key (a channel and message number), else from
   * its title and text as the input has them.
   */
  public static String idFor(String canonicalUrl, String key, String title, String text) {
    if (canonicalUrl != null) {
      return "u" + hash(canonicalUrl.replaceFirst("^https?://(www\\.)?", ""));
    }
    if (key != null) {
      return "k" + hash(key);
    }
    return "c" + hash(normalize(title) + "\n" + normalize(text));
  }

  /** A hash of what a reader sees, insensitive to case and spacing. */
  public static String contentHash(String title, String lede, String body) {
    return hash(normalize(title) + "\n" + normalize(lede) + "\n" + normalize(body));
  }

  /**
   * Lowercased, each run of white space ({@code \\s}) one space, trimmed. By hand, not by pattern:
   * replacing every space of every text with a space was most of the cost of the hash.
   */
  private static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return (space ? out.append(' ') : out).toString().trim();
  }

  private static String hash(String s) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
