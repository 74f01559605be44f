package newssearch.pipeline.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells the encoding of Russian text: UTF-8 when the bytes are valid UTF-8, otherwise the legacy
 * Cyrillic encoding (windows-1251 or KOI8-R) under which the text reads as more plausible Russian.
 */
public final class TextDecoding {

  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset KOI8_R = Charset.forName("KOI8-R");
  /** The commonest Russian letters, lower case; KOI8-R read as windows-1251 (and back) turns them into capitals. */
  private static final String FREQUENT = "оеаинтсрвл";

  private TextDecoding() {}

  /** The charset of {@code sample}, which may end in the middle of a character. */
  public static Charset detect(byte[] sample, int length) {
    if (isUtf8(sample, length)) {
      return StandardCharsets.UTF_8;
    }
    String cp1251 = new String(sample, 0, length, WINDOWS_1251);
    String koi8 = new String(sample, 0, length, KOI8_R);
    return frequentLetters(koi8) > frequentLetters(cp1251) ? KOI8_R : WINDOWS_1251;
  }

  /** Decodes a whole file, dropping a byte-order mark. */
  public static String decode(byte[] bytes) {
    String text = new String(bytes, detect(bytes, bytes.length));
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean isUtf8(byte[] sample, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    // endOfInput=false: a character cut at the sample's end is not an error.
    return !decoder.decode(in, out, false).isError();
  }

  private static long frequentLetters(String text) {
    return text.chars().filter(c -> FREQUENT.indexOf(c) >= 0).count();
  }

  /** True when the sample looks like binary data rather than text in any encoding. */
  public static boolean looksBinary(byte[] sample, int length) {
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = sample[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || b > 0x0d && b < 0x20) {
        control++;
      }
    }
    return length > 0 && control * 20 > length;
  }

}
