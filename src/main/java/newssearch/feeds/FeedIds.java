package newssearch.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A feed's id: a short hash of its URL as given, so the same URL added twice is one feed. */
final class FeedIds {

  private FeedIds() {}

  static String of(String url) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.strip().getBytes(StandardCharsets.UTF_8));
      return "f" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
