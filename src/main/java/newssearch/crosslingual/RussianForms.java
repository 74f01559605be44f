package newssearch.crosslingual;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian forms a dictionary's base form does not reach through the stemmer. Translations of
 * verbs come as infinitives («отменить»), but news writes them conjugated («отменил»,
 * «отменяет»), and the light stemmer leaves the two apart; the stem before the infinitive ending
 * finds them all.
 */
public final class RussianForms {

  /** An infinitive: the stem, an optional thematic vowel, then -ть/-ться/-ти. */
  private static final Pattern INFINITIVE = Pattern.compile("([а-я]{4,}?)[аеиоуыяю]?(?:ться|ть|тись|ти)");
  /** Shorter stems (вы-, за-) would find too many unrelated words. */
  private static final int SHORTEST_STEM = 4;

  private RussianForms() {}

  /**
   * The prefix that finds a single-word verb's conjugated forms in lowercase, ё-folded text
   * («отменить» → «отмен»), or empty for other words.
   */
  public static Optional<String> verbStem(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    Matcher infinitive = INFINITIVE.matcher(lower);
    if (!infinitive.matches() || infinitive.group(1).length() < SHORTEST_STEM) {
      return Optional.empty();
    }
    return Optional.of(infinitive.group(1));
  }
}
