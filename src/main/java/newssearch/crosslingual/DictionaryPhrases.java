package newssearch.crosslingual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases of a dictionary's articles, by their first word and then the words after it: a verb's
 * examples, in any article («to take part участвовать, принимать участие;», «to take care of smb.
 * смотреть за кем-л., заботиться о ком-л.» in care's), and the sub-entries that start with the
 * headword («carry out а) доводить до конца; выполнять, проводить», «point of view точка
 * зрения»). What makes «took part» «участвовать» where take alone is «брать».
 */
final class DictionaryPhrases {

  /** Translations kept per phrase, from its first two groups: half a word's searched senses. */
  static final int SENSES = Dictionary.SEARCHED_SENSES / 2;
  /**
   * A phrase, one or two words after its first, then its translation. Group 1 is the verb after
   * «to», group 2 the first word otherwise (a sub-entry, kept when it is the headword), group 3
   * the words after (and not the object they take, «smb.», «smth.»), group 4 the translation, up
   * to the next English word or full stop (the dot of «кем-л.» ends none). A phrase starts the
   * article's text, or follows a sense's number, a label, a gloss or the end of another phrase; a
   * comma only where another phrase ends there ({@link #isExample}). The translation is looked at,
   * not consumed: the next phrase may start inside it («to take action действовать; принимать
   * меры; to take part…»).
   */
  private static final Pattern PHRASE = Pattern.compile(
      "(?:^|(?<=[;:,)] |\\d\\)|-л\\. |напр\\. |_[a-zа-яё]{1,12}\\. ))"
      + "(?:to ([a-z]+)|([a-z][a-z'-]*))((?: [a-z]+){1,2})(?: (?:smb|smth)\\.)? "
      + "(?=(?:а\\) )?([а-яё](?:[^.a-z]|(?<=-л)\\.)*))");
  /** Where a phrase's translation ends at the latest: its second sense («б)») or the word's next one («3)»). */
  private static final Pattern NEXT_SENSE = Pattern.compile("\\s(?:б\\)|\\d+\\))");
  /** A gloss the end of a phrase's translation cut short: «прощаться (of)» ends at «прощаться (». */
  private static final Pattern UNCLOSED = Pattern.compile("\\([^)]*$");
  private static final String RUSSIAN_PREPOSITIONS =
      "на|за|с|со|о|об|обо|к|ко|в|во|от|для|из|по|у|над|под|перед|при|между|без|против|до|через|вокруг|около"
      + "|после|среди|ради";
  /**
   * The object a translation names last, with its preposition («воспользоваться чем-л.», «смотреть
   * на что-л.»), or the preposition alone, where a gloss naming the object was cut off («восстать
   * против»): searched, it would only ask for a word the analyser drops.
   */
  private static final Pattern OBJECT = Pattern.compile("(?:\\s(?:" + RUSSIAN_PREPOSITIONS
      + "))?\\s[а-яё]+-л\\.?$|\\s(?:" + RUSSIAN_PREPOSITIONS + ")$");
  /** Words that stand for the object a phrase takes («to carry it off»): no query types them. */
  private static final Set<String> PLACEHOLDERS = Set.of("one", "oneself", "it");
  /**
   * Prepositions, and never particles («carry on», «take over»): a phrase of a word and one of
   * them keeps its first translation only. News writes such a pair far more often as its words
   * («came to Warsaw», «looked at the figures») than as the phrase («to come to» прийти в себя),
   * and the word's own senses, which a group of six would lose to the phrase's, are those it
   * means then.
   */
  private static final Set<String> ENGLISH_PREPOSITIONS = Set.of("to", "of", "at", "for", "with", "from", "into", "onto",
      "upon", "against", "among", "between", "towards", "toward", "without", "within", "like");
  /** What the phrase before a comma may follow: «,», «;», «:», a sense's number or a gloss. */
  private static final String SEGMENT_ENDS = ",;:)";
  /** What a translation's cut at a dot leaves of «и т.п.», «и т.д.», «и пр.». */
  private static final Pattern ETC = Pattern.compile("\\s+и\\s+(?:т|пр)$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private DictionaryPhrases() {}

  /**
   * Every phrase of the articles, by its first word and then the words after it. A word's own
   * article comes first; a phrase several articles give has the translations of each, in the
   * order of their headwords, so the same dictionary always reads the same.
   */
  static Map<String, Map<String, List<String>>> of(Map<String, String> articlesByHeadword) {
    List<Phrase> found = new ArrayList<>();
    articlesByHeadword.forEach((headword, article) -> found.addAll(inArticle(headword, article)));
    Map<String, Map<String, List<String>>> all = new HashMap<>();
    for (boolean own : List.of(true, false)) {
      found.stream().filter(p -> p.own() == own).forEach(p -> all.computeIfAbsent(p.first(), f -> new HashMap<>())
          .merge(p.after(), p.translations(),
              (before, more) -> Dictionary.firstDistinct(before, more, kept(p.after()))));
    }
    return all;
  }

  /**
   * Whether what follows a comma is part of an example sentence («a few of them, say a dozen»)
   * rather than the next of several phrases with one translation («fence about, fence in
   * окружать», «to bid defiance to, to set at defiance»): the words before the comma, since the
   * previous comma, «;» or sense, then start with no phrase.
   */
  private static boolean isExample(String text, int start, String headword) {
    if (start < 2 || text.charAt(start - 2) != ',') {
      return false;
    }
    int from = start - 2;
    while (from > 0 && SEGMENT_ENDS.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String segment = text.substring(from, start - 2).strip() + " ";
    return !segment.startsWith("to ") && !segment.startsWith(headword + " ");
  }

  /** How many translations a phrase keeps, by the words after its first ({@link #ENGLISH_PREPOSITIONS}). */
  private static int kept(String after) {
    return ENGLISH_PREPOSITIONS.contains(after) ? 1 : SENSES;
  }

  /** A phrase: its first word, the words after it, its translations, and whether it is in the first word's own article. */
  private record Phrase(String first, String after, List<String> translations, boolean own) {}

  /**
   * The phrases of one article, its text after the headword's line, each with up to
   * {@link #SENSES} translations from its first two groups.
   */
  private static List<Phrase> inArticle(String headword, String article) {
    String text = SPACES.matcher(article).replaceAll(" ").strip();
    Matcher phrase = PHRASE.matcher(text);
    List<Phrase> phrases = new ArrayList<>();
    while (phrase.find()) {
      if (phrase.group(2) != null && !phrase.group(2).equals(headword) || isExample(text, phrase.start(), headword)) {
        continue;
      }
      String first = phrase.group(1) != null ? phrase.group(1) : headword;
      String after = phrase.group(3).strip();
      if (Arrays.stream(after.split(" ")).anyMatch(PLACEHOLDERS::contains)) {
        continue;
      }
      List<String> translations = translations(phrase.group(4), kept(after));
      if (!translations.isEmpty()) {
        phrases.add(new Phrase(first, after, translations, first.equals(headword)));
      }
    }
    return phrases;
  }

  /**
   * A phrase's translations from its first two {@code ;}-separated groups, {@code limit} at most,
   * without labels, glosses or the object they name last («воспользоваться чем-л.» is
   * «воспользоваться»).
   */
  private static List<String> translations(String translation, int limit) {
    String sense = UNCLOSED.matcher(NEXT_SENSE.split(translation, 2)[0]).replaceFirst("");
    String[] groups = Dictionary.withoutLabels(sense).split(";");
    Set<String> translations = new LinkedHashSet<>();
    for (int g = 0; g < Math.min(2, groups.length); g++) {
      for (String item : groups[g].split(",")) {
        String one = OBJECT.matcher(ETC.matcher(SPACES.matcher(item.strip()).replaceAll(" ")).replaceFirst(""))
            .replaceFirst("");
        if (!one.isEmpty() && !one.contains("-л") && Dictionary.translates(one, false)) {
          translations.add(one);
        }
      }
    }
    return translations.stream().limit(limit).toList();
  }
}
