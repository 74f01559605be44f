package newssearch.crosslingual;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Latin spellings of a Russian name, the way English texts write it: BGN/PCGN, used by the
 * English-language press and governments (Tokayev, Yeltsin, Zelenskiy), the passport scheme
 * (ICAO: Tokaev, Iurii) and the simplified press spelling (Zelensky, Dmitry). The other direction
 * of {@link Transliterator}, and far less ambiguous: a Cyrillic letter has one or two usual
 * Latin spellings.
 */
public final class Romanization {

  /** Letters every scheme spells the same way. */
  private static final Map<Character, String> COMMON = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
      Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('к', "k"), Map.entry('л', "l"),
      Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
      Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
      Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
      Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"));
  private static final String VOWELS = "аеёиоуыэюяъь";

  private enum Scheme { BGN, PASSPORT, PRESS }

  private Romanization() {}

  /**
   * The Latin spellings of a Russian word, lowercase, most used first, without repeats; empty when
   * the word has letters other than Russian ones (a hyphen is kept: Нур-Султан → nur-sultan).
   */
  public static List<String> spellings(String word) {
    String russian = word.toLowerCase(Locale.ROOT);
    Set<String> spellings = new LinkedHashSet<>();
    for (Scheme scheme : Scheme.values()) {
      String latin = spell(russian, scheme);
      if (latin == null) {
        return List.of();
      }
      spellings.add(latin);
    }
    return List.copyOf(spellings);
  }

  private static String spell(String word, Scheme scheme) {
    StringBuilder latin = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean afterVowel = i == 0 || word.charAt(i - 1) == '-' || VOWELS.indexOf(word.charAt(i - 1)) >= 0;
      String common = COMMON.get(c);
      if (common != null) {
        latin.append(common);
      } else if (c == '-') {
        latin.append('-');
      } else if (c == 'е') {
        latin.append(afterVowel && scheme != Scheme.PASSPORT ? "ye" : "e");
      } else if (c == 'ё') {
        latin.append(scheme == Scheme.PASSPORT ? "e" : afterVowel || "жчшщ".indexOf(word.charAt(i - 1)) < 0 ? "yo" : "o");
      } else if (c == 'й') {
        latin.append(scheme == Scheme.PASSPORT ? "i" : "y");
      } else if (c == 'ю') {
        latin.append(scheme == Scheme.PASSPORT ? "iu" : "yu");
      } else if (c == 'я') {
        latin.append(scheme == Scheme.PASSPORT ? "ia" : "ya");
      } else {
        return null;
      }
    }
    // The press spells -ий and -ый as -y: Zelensky, not Zelenskiy (the BGN spelling).
    if (scheme == Scheme.PRESS && (word.endsWith("ий") || word.endsWith("ый"))) {
      latin.setLength(latin.length() - 2);
      latin.append('y');
    }
    return latin.toString();
  }
}
