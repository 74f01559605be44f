package newssearch.crosslingual;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cyrillic spellings a Latin-script Russian (or Kazakh, Uzbek…) name may stand for, under the
 * schemes people meet: BGN/PCGN (Tokayev, Mirziyoyev, Khabarovsk), GOST 7.79 system B (Tokaev,
 * Xabarovsk aside), passports (ICAO: Iurii, Kucherov) and the press (Nur-Sultan, Zhanna). Going
 * back is ambiguous (y is й, ы or и; e is е or э; ts is ц or тс), so this gives candidates, most
 * usual reading first; the index's vocabulary decides which exist. English names are written in
 * Russian by how they sound (Davis → Дэвис, Luther → Лютер, Newton → Ньютон, Lane → Лейн),
 * so those readings are candidates too, after the letter-by-letter ones. A word typed in lowercase
 * that no dictionary has is most often a Greek or Latin loan, which Russian spells by its own
 * conventions (chloroplast → хлоропласт, endosymbiotic → эндосимбиотический): those come first.
 */
public final class Transliterator {

  /** Enough for the usual ambiguity of a name; more only adds spellings no text uses. */
  static final int MAX_CANDIDATES = 24;
  private static final int LONGEST_RULE = 4;
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");
  private static final int PIECE = 1;
  private static final int SECOND_CHOICE = 3;
  /** Latin letters or letter groups and their Cyrillic readings, usual reading first. */
  private static final Map<String, List<String>> RULES = new LinkedHashMap<>();
  /** {@link #RULES} with the readings of English names by their sound after their own. */
  private static final Map<String, List<String>> SOUNDS = new LinkedHashMap<>();
  /** {@link #SOUNDS} with the readings of Greek and Latin loans first. */
  private static final Map<String, List<String>> LOANS = new LinkedHashMap<>();
  /**
   * A loan's endings that Russian replaces with its own: the adjective's (endosymbiotic →
   * эндосимбиотический, adaptive → адаптивный) and the agent noun's (biologist → биолог,
   * photographer → фотограф), read after the stem before them.
   */
  private static final Map<String, String> LOAN_ENDINGS = new LinkedHashMap<>();

  static {
    rule("shch", "щ");
    rule("sch", "щ", "ш");
    rule("tch", "ч");
    rule("zh", "ж");
    rule("kh", "х");
    rule("ch", "ч");
    rule("sh", "ш");
    rule("ts", "ц", "тс");
    rule("tz", "ц");
    rule("ph", "ф");
    rule("th", "т");
    rule("ck", "к");
    rule("yu", "ю");
    rule("iu", "ю", "иу");
    rule("ju", "ю", "джу");
    rule("ya", "я");
    rule("ia", "ия", "я");
    rule("ja", "я", "джа");
    rule("yo", "ё", "йо");
    rule("jo", "ё", "джо");
    rule("ye", "е", "йе");
    rule("je", "е", "дже");
    rule("yi", "ый", "ий", "йи");
    rule("iy", "ий", "ый");
    rule("ie", "ие", "ье");
    rule("ey", "ей");
    rule("oo", "у");
    rule("ou", "у");
    rule("ee", "и");
    rule("a", "а");
    rule("b", "б");
    rule("c", "к", "ц", "с");
    rule("d", "д");
    rule("e", "е", "э");
    rule("f", "ф");
    rule("g", "г", "ж");
    rule("h", "х", "г");
    rule("i", "и", "й", "ы");
    rule("j", "дж", "й", "ж");
    rule("k", "к");
    rule("l", "л", "ль");
    rule("m", "м");
    rule("n", "н");
    rule("o", "о");
    rule("p", "п");
    rule("q", "к");
    rule("r", "р");
    rule("s", "с", "з");
    rule("t", "т");
    rule("u", "у");
    rule("v", "в");
    rule("w", "в", "у");
    rule("x", "кс", "х");
    rule("y", "й", "ы", "и");
    rule("z", "з", "ц");
    rule("'", "ь");
    rule("’", "ь");

    SOUNDS.putAll(RULES);
    sound("a", "э", "ей");
    sound("u", "ю", "а");
    sound("ey", "и");
    sound("ay", "ей", "ай");
    sound("ew", "ью");
    // An English ow is a diphthong: Brown → Браун, Powell → Пауэлл, Snowden → Сноуден.
    sound("ow", "ау", "оу");
    // A gu before e or i is a hard g: Guevara → Гевара, guitar → гитара, guide → гид.
    sound("gue", "ге");
    sound("gui", "ги");
    sound("dh", "д");
    sound("wh", "у");
    // A Greek rh is an r: rhodophyte → родофит, Rhodesia → Родезия.
    sound("rh", "р");
    // A German or French ie is an и (Friedrich → Фридрих, Dietrich → Дитрих): the second reading.
    SOUNDS.put("ie", List.of("ие", "и", "ье"));
    // A German -ich is «-их»: Friedrich, Heinrich, Zürich → Цюрих.
    sound("ich", "их");
    // A Greek ch in a name: Michael → Михаэль, Christopher → Кристофер.
    sound("ch", "х", "к");
    // An h after a vowel is silent: John → Джон, Sarah → Сара.
    sound("oh", "ох", "о");
    sound("ah", "ах", "а");
    for (String letter : List.of("b", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "z")) {
      String single = RULES.get(letter).get(0);
      sound(letter + letter, single + single, single);
    }

    LOANS.putAll(SOUNDS);
    // A loan's ch is Greek (хлор, химия), its c before e, i or y soft (центр, цикл), its y a vowel
    // (система) and its -tion «-ция».
    loan("ch", "х");
    loan("ce", "це");
    loan("ci", "ци");
    loan("cy", "ци");
    loan("y", "и");
    loan("tion", "ция");
    LOAN_ENDINGS.put("ic", "ический");
    LOAN_ENDINGS.put("ive", "ивный");
    LOAN_ENDINGS.put("ologist", "олог");
    LOAN_ENDINGS.put("grapher", "граф");
  }

  /** A loan's usual reading of a letter group, before the others. */
  private static void loan(String latin, String cyrillic) {
    List<String> options = new ArrayList<>(List.of(cyrillic));
    LOANS.getOrDefault(latin, List.of()).stream().filter(o -> !o.equals(cyrillic)).forEach(options::add);
    LOANS.put(latin, List.copyOf(options));
  }

  private static void rule(String latin, String... cyrillic) {
    RULES.put(latin, List.of(cyrillic));
  }

  /** Readings of an English name by its sound, after the letter-by-letter ones. */
  private static void sound(String latin, String... cyrillic) {
    List<String> options = new ArrayList<>(SOUNDS.getOrDefault(latin, List.of()));
    options.addAll(List.of(cyrillic));
    SOUNDS.put(latin, List.copyOf(options));
  }

  private Transliterator() {}

  /** How a word is read into Cyrillic. */
  public enum Reading {
    /** Letter by letter: an acronym (ATO is АТО, never «это»). */
    LETTERS,
    /** Letter by letter, then by the sound of an English name (Davis → Дэвис). */
    NAME,
    /** As a name, a Greek or Latin loan's readings first: chloroplast → хлоропласт, cycle → цикл. */
    LOAN
  }

  /**
   * Cyrillic candidates for a Latin word, lowercase, most usual first; hyphenated names
   * (Nur-Sultan) keep their hyphen. Empty when the word has letters the schemes do not cover.
   */
  public static List<String> candidates(String word, Reading reading) {
    String latin = withoutAccents(word.toLowerCase(Locale.ROOT));
    List<List<String>> parts = new ArrayList<>();
    for (String part : latin.split("-", -1)) {
      List<String> readings = readings(part, reading);
      if (readings.isEmpty()) {
        return List.of();
      }
      parts.add(readings);
    }
    // Joined by the sum of the parts' places, so that the first part's second reading (Al → Аль)
    // is tried with the others' first ones before its first reading with their last ones.
    Map<String, Integer> joined = Map.of("", 0);
    for (List<String> readings : parts) {
      Map<String, Integer> next = new LinkedHashMap<>();
      joined.forEach((head, place) -> {
        for (int i = 0; i < readings.size(); i++) {
          next.put(head.isEmpty() ? readings.get(i) : head + "-" + readings.get(i), place + i);
        }
      });
      joined = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> e : next.entrySet().stream()
          .sorted(Map.Entry.comparingByValue()).limit(MAX_CANDIDATES).toList()) {
        joined.put(e.getKey(), e.getValue());
      }
    }
    return List.copyOf(joined.keySet());
  }

  /**
   * A name's accents are not read in Russian by a rule of their own: Temüjin is Тэмуджин, Börte
   * Бортэ, Müller Мюллер; without them the word is read by the rules for its plain letters.
   */
  private static String withoutAccents(String word) {
    return COMBINING_MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * Readings of one hyphen-free part. Every way to cut the word into rules is tried; a reading
   * costs {@link #SECOND_CHOICE} for each less usual reading and {@link #PIECE} for each rule
   * used (so «shch» read whole as щ beats s-h-c-h), and each position keeps only its cheapest
   * readings, so the work stays linear in the word's length.
   */
  private static List<String> readings(String part, Reading as) {
    if (part.isEmpty()) {
      return List.of();
    }
    boolean spoken = as != Reading.LETTERS;
    Map<String, List<String>> rules = switch (as) {
      case LETTERS -> RULES;
      case NAME -> SOUNDS;
      case LOAN -> LOANS;
    };
    List<Map<String, Integer>> reached = new ArrayList<>();
    for (int i = 0; i <= part.length(); i++) {
      reached.add(new LinkedHashMap<>());
    }
    reached.get(0).put("", 0);
    for (int at = 0; at < part.length(); at++) {
      Map<String, Integer> here = cheapest(reached.get(at));
      for (int length = Math.min(LONGEST_RULE, part.length() - at); length >= 1; length--) {
        List<String> options = rules.get(part.substring(at, at + length));
        if (options == null) {
          continue;
        }
        for (Map.Entry<String, Integer> prefix : here.entrySet()) {
          for (int choice = 0; choice < options.size(); choice++) {
            String reading = prefix.getKey() + options.get(choice);
            int cost = prefix.getValue() + PIECE + SECOND_CHOICE * rank(at, options, choice);
            reached.get(at + length).merge(reading, cost, Math::min);
          }
        }
      }
    }
    Map<String, Integer> whole = new LinkedHashMap<>(reached.get(part.length()));
    if (spoken && part.length() > 3 && part.endsWith("e")) {
      // An English final e is silent: Lane → Лейн, Rhine → Рейн.
      reached.get(part.length() - 1).forEach((reading, cost) -> whole.merge(reading, cost + SECOND_CHOICE, Math::min));
    }
    if (spoken && part.length() > 4 && part.endsWith("es")) {
      // So, often, is the e of a final -es: James → Джеймс, Jones → Джонс.
      reached.get(part.length() - 2).forEach((reading, cost) -> whole.merge(reading + "с", cost + SECOND_CHOICE, Math::min));
    }
    if (as == Reading.LOAN) {
      LOAN_ENDINGS.forEach((ending, russian) -> {
        int stem = part.length() - ending.length();
        if (stem >= 2 && part.endsWith(ending)) {
          reached.get(stem).forEach((reading, cost) -> whole.merge(reading + russian, cost, Math::min));
        }
      });
    }
    Set<String> result = new LinkedHashSet<>(cheapest(whole).keySet());
    return List.copyOf(result);
  }

  /**
   * How unusual a reading is: its place in the rule, except that a Russian word starting with an
   * e-sound is spelt with э (Erdogan → Эрдоган), so there э comes first and е second.
   */
  private static int rank(int at, List<String> options, int choice) {
    boolean initialE = at == 0 && options.equals(RULES.get("e"));
    return initialE ? 1 - choice : choice;
  }

  private static Map<String, Integer> cheapest(Map<String, Integer> readings) {
    Map<String, Integer> kept = new LinkedHashMap<>();
    readings.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
        .limit(MAX_CANDIDATES)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }
}
