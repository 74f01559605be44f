package newssearch.pipeline;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Russian text read with the wrong encoding: Windows-1251 bytes decoded as Latin-1 or Windows-1252
 * («Ìíîãèå òåàòðû» for «Многие театры»), as dumps and scraped pages whose encoding was guessed carry
 * it. Such a text has no Cyrillic letter and most of its letters in À–ÿ, where each Cyrillic one
 * landed; French or German has a few of them among plain Latin letters and is left as it is, as is
 * a text with a character neither encoding has.
 */
final class Mojibake {

  /** Fewer letters in À–ÿ than this are a name or two with accents, not a text to re-read. */
  private static final int FEWEST = 4;
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Mojibake() {}

  /** The text re-read as Windows-1251 when it is Russian read as Latin-1 or Windows-1252; else the text itself. */
  static String repaired(String text) {
    int misread = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C0' && c <= '\u00FF') {
        misread++;
      } else if (c < 0x80 && Character.isLetter(c)) {
        latin++;
      } else if (c >= '\u0400' && c <= '\u04FF') {
        return text;
      }
    }
    if (misread < FEWEST || misread < 2 * latin) {
      return text;
    }
    byte[] bytes = bytes(text);
    return bytes == null ? text : new String(bytes, WINDOWS_1251);
  }

  /** The bytes the text was decoded from, or null when a character is in neither encoding. */
  private static byte[] bytes(String text) {
    CharsetEncoder windows1252 = WINDOWS_1252.newEncoder();
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0xFF) {
        bytes[i] = (byte) c;
        continue;
      }
      try {
        ByteBuffer encoded = windows1252.encode(CharBuffer.wrap(new char[] {c}));
        if (encoded.remaining() != 1) {
          return null;
        }
        bytes[i] = encoded.get();
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    return bytes;
  }
}
