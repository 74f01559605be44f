package newssearch.crosslingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import newssearch.enrich.Entity;
import newssearch.enrich.Gazetteer;

/**
 * The other direction of {@link QueryTranslator}: the words of a Russian query as the articles
 * written in English and Kazakh say them. Names through the gazetteer («Токаев» → Tokayev,
 * Тоқаев; «ШОС» → SCO, ШЫҰ), vocabulary through the glossary read backwards («цифрового форума»
 * → digital forum) and the general dictionary's main senses, and capitalised names nothing knows
 * through romanisation (Хабибуллин → Khabibullin). Words are matched by their stems, the way the
 * index stems them, so any case form of a word finds its entry.
 */
public final class RussianQueryTranslator {

  private static final int LONGEST_TERM = 5;
  /** English renderings kept per Russian term: the first ones are the usual ones. */
  private static final int RENDERINGS = 3;

  /** Quotes, commas, question marks: what the user typed around the words (a hyphen belongs to a name). */
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s-]");
  private static final Pattern NEITHER_LETTER_NOR_DASH = Pattern.compile("[^\\p{L}-]");

  private final Map<String, List<String>> names = new HashMap<>();
  private final Map<String, List<String>> glossary;
  private final Dictionary dictionary;

  public RussianQueryTranslator(Glossary english, Dictionary dictionary, Gazetteer gazetteer) {
    this.dictionary = dictionary;
    for (Entity entity : gazetteer.entities()) {
      // Kazakh names the same as the Russian ones (Астана) still count: in Kazakh text they take
      // suffixes (Астанада) that the Russian stemmer does not remove.
      Set<String> other = new LinkedHashSet<>(entity.en());
      other.addAll(entity.kk());
      if (other.isEmpty()) {
        continue;
      }
      for (String name : entity.ru()) {
        for (String key : keys(name)) {
          names.putIfAbsent(key, List.copyOf(other));
        }
      }
    }
    this.glossary = ReverseLookup.of(english.entries(), RENDERINGS);
  }

  /** The query's terms as groups; empty when no Russian word in it has a form in another language. */
  public List<TermGroup> translate(String query) {
    List<String> words = List.of(query.strip().split("\\s+"));
    List<TermGroup> groups = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      int used = 0;
      for (int n = Math.min(LONGEST_TERM, words.size() - i); n >= 1 && used == 0; n--) {
        List<String> term = words.subList(i, i + n);
        if (!term.stream().allMatch(w -> TokenLanguage.of(w).equals(TokenLanguage.RUSSIAN))) {
          continue;
        }
        List<String> keys = keys(String.join(" ", term));
        List<String> entity = keys.stream().map(names::get).filter(Objects::nonNull).findFirst().orElse(null);
        List<String> rendered = entity != null ? entity : glossary.getOrDefault(keys.get(0), List.of());
        if (!rendered.isEmpty()) {
          groups.add(new TermGroup(String.join(" ", term), rendered,
              entity != null ? TermGroup.Kind.ENTITY : TermGroup.Kind.GLOSSARY, TokenLanguage.RUSSIAN));
          used = n;
        }
      }
      if (used == 0) {
        groups.add(word(words.get(i)));
        used = 1;
      }
      i += used;
    }
    boolean translated = groups.stream().anyMatch(g -> !g.alternatives().isEmpty());
    return translated ? groups : List.of();
  }

  /**
   * What a name or term is looked up by: its stems, and the words as written (lowercase, ё as е),
   * because the stemmer takes surnames for plurals: «Токаев» stems to «тока», while «Токаеву»
   * stems to «токаев».
   */
  private static List<String> keys(String term) {
    String letters = PUNCTUATION.matcher(term).replaceAll("");
    String written = String.join(" ", letters.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s-]+"));
    String stems = RussianForms.stems(letters);
    return stems.equals(written) ? List.of(stems) : List.of(stems, written);
  }

  /** One word no term covered: a function word, a number, a dictionary word, a name, or one kept as written. */
  private TermGroup word(String word) {
    String language = TokenLanguage.of(word);
    String lower = PUNCTUATION.matcher(word).replaceAll("").toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (!language.equals(TokenLanguage.RUSSIAN)) {
      return new TermGroup(word, List.of(), TermGroup.Kind.KEPT, language);
    }
    if (RussianWords.isStopWord(lower)) {
      return new TermGroup(word, List.of(), TermGroup.Kind.SKIPPED, language);
    }
    List<String> english = dictionary.englishFor(RussianForms.stems(lower)).stream()
        .filter(w -> !EnglishWords.isStopWord(w)).limit(RENDERINGS).toList();
    if (Character.isUpperCase(word.codePointAt(0))) {
      List<String> spellings = Romanization.spellings(NEITHER_LETTER_NOR_DASH.matcher(word).replaceAll(""));
      if (!spellings.isEmpty()) {
        List<String> alternatives = new ArrayList<>(spellings.stream().map(QueryTranslator::capitalized).toList());
        alternatives.addAll(english);
        return new TermGroup(word, alternatives, TermGroup.Kind.TRANSLITERATION, language);
      }
    }
    if (!english.isEmpty()) {
      return new TermGroup(word, english, TermGroup.Kind.DICTIONARY, language);
    }
    return new TermGroup(word, List.of(), TermGroup.Kind.KEPT, language);
  }
}
