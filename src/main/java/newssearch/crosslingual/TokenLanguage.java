package newssearch.crosslingual;

/** The language of one query word, from its letters. */
final class TokenLanguage {

  static final String ENGLISH = "en";
  static final String RUSSIAN = "ru";
  static final String RUSSIAN_IN_LATIN = "ru-Latn";
  static final String KAZAKH = "kk";
  static final String NUMBER = "number";
  /** Letters Kazakh Cyrillic has and Russian does not. */
  private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

  private TokenLanguage() {}

  /**
   * {@code kk} for Cyrillic with a Kazakh letter, {@code ru} for other Cyrillic, {@code number}
   * for digits, else {@code en}: Latin script is English until a dictionary or a transliteration
   * says otherwise.
   */
  static String of(String token) {
    boolean cyrillic = false;
    boolean letters = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (KAZAKH_LETTERS.indexOf(c) >= 0) {
        return KAZAKH;
      }
      if (Character.isLetter(c)) {
        letters = true;
        cyrillic |= Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
      }
    }
    return cyrillic ? RUSSIAN : letters ? ENGLISH : NUMBER;
  }
}
