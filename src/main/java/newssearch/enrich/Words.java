package newssearch.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Words as {@code [\p{L}\p{N}]+} finds them, read by hand: over every article's text, the pattern
 * was a large part of finding its entities.
 */
final class Words {

  private Words() {}

  /** The runs of letters and numbers in the text, in order. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isWordCharacter(c)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }

  /** {@link Character#toLowerCase(int)}, with the Russian letters most texts are made of first. */
  static int lower(int c) {
    if (c >= '\u0410' && c <= '\u042F') {
      return c + 0x20;
    }
    return c >= '\u0430' && c <= '\u044F' ? c : Character.toLowerCase(c);
  }

  /** {@link #lower}, with ё read as е, as the index and the entity names read it. */
  static int folded(int c) {
    int lower = lower(c);
    return lower == 'ё' ? 'е' : lower;
  }

  /** What {@code [\p{L}\p{N}]} matches: a letter, or a digit or other number; Latin and Russian first. */
  static boolean isWordCharacter(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (c >= '\u0410' && c <= '\u044F' || c == 'ё' || c == 'Ё') {
      return true;
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}
