package newssearch.alerts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Signature} of a webhook's body: {@code sha256=} and the hex HMAC-SHA256 of the exact
 * bytes sent, keyed with the saved search's secret. A receiver computes the same over the body it got.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Signature";

  private WebhookSignature() {}

  public static String of(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
