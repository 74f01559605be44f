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
    return "c" + hashNormalized(title, text);
  }

  /** A hash of what a reader sees, insensitive to case and spacing. */
  public static String contentHash(String title, String lede, String body) {
    return hashNormalized(title, lede, body);
  }

  /**
   * SHA-256 of the parts, each lowercased, each run of white space ({@code \\s}) one space, trimmed,
   * joined by line breaks. Encoded into the digest as the text is read: making lowercased, respaced
   * and joined copies of every text was close to half the cost of the hash.
   */
  private static String hashNormalized(String... parts) {
    NormalizedDigest digest = new NormalizedDigest();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        digest.put('\n');
      }
      digest.part(parts[i] == null ? "" : parts[i]);
    }
    return HexFormat.of().formatHex(digest.finish(), 0, 12);
  }

  /** UTF-8 into SHA-256 through a buffer. */
  private static final class NormalizedDigest {
    private final MessageDigest sha = sha256();
    private final byte[] buffer = new byte[8192];
    private int length;

    void part(String s) {
      if (!lowercasesCharByChar(s)) {
        byte[] bytes = normalize(s).getBytes(StandardCharsets.UTF_8);
        flush();
        sha.update(bytes);
        return;
      }
      // trim() drops what is at most a space at either end; lowercasing and respacing keep those so.
      int from = 0;
      int to = s.length();
      while (from < to && s.charAt(from) <= ' ') {
        from++;
      }
      while (to > from && s.charAt(to - 1) <= ' ') {
        to--;
      }
      boolean space = false;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (isSpace(c)) {
          space = true;
        } else {
          if (space) {
            put(' ');
            space = false;
          }
          put(lower(c));
        }
      }
    }

    /** Appends a character that is not a surrogate. */
    void put(char c) {
      if (length > buffer.length - 3) {
        flush();
      }
      if (c < 0x80) {
        buffer[length++] = (byte) c;
      } else if (c < 0x800) {
        buffer[length++] = (byte) (0xC0 | c >> 6);
        buffer[length++] = (byte) (0x80 | c & 0x3F);
      } else {
        buffer[length++] = (byte) (0xE0 | c >> 12);
        buffer[length++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[length++] = (byte) (0x80 | c & 0x3F);
      }
    }

    byte[] finish() {
      flush();
      return sha.digest();
    }

    private void flush() {
      sha.update(buffer, 0, length);
      length = 0;
    }
  }

  /**
   * Whether lowercasing each character alone gives what {@link String#toLowerCase} gives: not with
   * a surrogate pair, a capital dotted I (two characters in lower case) or a capital sigma (whose
   * lower case depends on whether it ends a word).
   */
  private static boolean lowercasesCharByChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0130' && (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c))) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#toLowerCase(char)}, with the Latin and Russian letters most texts are made of first. */
  private static char lower(char c) {
    if (c >= 'A' && c <= 'Z' || c >= '\u0410' && c <= '\u042F') {
      return (char) (c + 0x20);
    }
    return c < 0x80 || c >= '\u0430' && c <= '\u044F' ? c : Character.toLowerCase(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Lowercased, each run of white space one space, trimmed: for texts that cannot go char by char. */
  private static String normalize(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (isSpace(c)) {
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
    return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)), 0, 12);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
