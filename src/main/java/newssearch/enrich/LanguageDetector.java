package newssearch.enrich;

/**
 * Tells Russian, Kazakh, Ukrainian, Belarusian and English apart by their alphabets: the letters
 * each Cyrillic alphabet has and the others lack (Kazakh ә ғ қ ң ө ұ ү һ; Ukrainian ї є ґ;
 * Belarusian ў), Latin script for English. Enough for news text, where a few sentences carry
 * dozens of such letters; too little text gives {@code und}.
 */
public final class LanguageDetector {

  public static final String UNDETERMINED = "und";
  private static final int MIN_LETTERS = 20;

  /** ISO 639-1 code of the text's language, or {@link #UNDETERMINED}. */
  public String detect(String text) {
    int cyrillic = 0;
    int latin = 0;
    int kazakh = 0;
    int ukrainian = 0;
    int belarusian = 0;
    int russianOnly = 0;
    int dottedI = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = (char) Words.lower(text.charAt(i));
      if (c >= 'a' && c <= 'z') {
        latin++;
      } else if (c >= 'а' && c <= 'я' || c == 'ё') {
        cyrillic++;
        if (c == 'ы' || c == 'э' || c == 'ъ') {
          russianOnly++;
        }
      } else {
        switch (c) {
          case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ' -> { cyrillic++; kazakh++; }
          case 'ї', 'є', 'ґ' -> { cyrillic++; ukrainian++; }
          case 'ў' -> { cyrillic++; belarusian++; }
          case 'і' -> { cyrillic++; dottedI++; }
          default -> { }
        }
      }
    }
    if (cyrillic + latin < MIN_LETTERS) {
      return UNDETERMINED;
    }
    if (latin > cyrillic) {
      return "en";
    }
    // Kazakh text has a distinctive letter every few words; a Russian text quoting a Kazakh name has a handful.
    if (kazakh * 100 >= cyrillic) {
      return "kk";
    }
    if ((ukrainian + dottedI) * 100 >= cyrillic * 2 && russianOnly * 200 < cyrillic) {
      return "uk";
    }
    if ((belarusian + dottedI) * 100 >= cyrillic * 2) {
      return "be";
    }
    return "ru";
  }
}
