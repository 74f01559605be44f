package newssearch.crosslingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newssearch.enrich.Entity;
import newssearch.enrich.Gazetteer;

/**
 * Turns the Latin-script words of a query into groups of Russian alternatives, longest terms
 * first: names and acronyms through the gazetteer («SCO» → ШОС, Шанхайская организация
 * сотрудничества; «Astana» → Астана, Нур-Султан…), then vocabulary through the glossary
 * («digital forum» → цифровой форум). Numbers and Cyrillic words are kept as they are.
 */
public final class QueryTranslator {

  private static final int LONGEST_TERM = 5;

  private final Glossary glossary;
  private final Map<String, List<String>> entityNames = new HashMap<>();

  public QueryTranslator(Glossary glossary, Gazetteer gazetteer) {
    this.glossary = glossary;
    for (Entity entity : gazetteer.entities()) {
      List<String> russian = List.copyOf(new LinkedHashSet<>(entity.ru()));
      for (String name : entity.en()) {
        entityNames.putIfAbsent(key(name), russian);
      }
      for (String alias : entity.aliases()) {
        if (alias.chars().anyMatch(c -> c >= 'A' && c <= 'z')) {
          entityNames.putIfAbsent(key(alias), russian);
        }
      }
    }
  }

  /** The query's terms as groups; empty when nothing in it is Latin-script text to translate. */
  public List<TermGroup> translate(String query) {
    List<String> words = List.of(query.strip().split("\\s+"));
    List<TermGroup> groups = new ArrayList<>();
    boolean translated = false;
    for (int i = 0; i < words.size(); ) {
      int used = 0;
      for (int n = Math.min(LONGEST_TERM, words.size() - i); n >= 1 && used == 0; n--) {
        String term = String.join(" ", words.subList(i, i + n));
        List<String> names = entityNames.get(key(term));
        List<String> russian = names != null ? names : isLatin(term) ? glossary.translate(key(term)) : List.of();
        if (!russian.isEmpty()) {
          groups.add(new TermGroup(term, russian, names != null ? TermGroup.Kind.ENTITY : TermGroup.Kind.GLOSSARY));
          used = n;
          translated = true;
        }
      }
      if (used == 0) {
        groups.add(new TermGroup(words.get(i), List.of(), TermGroup.Kind.KEPT));
        used = 1;
      }
      i += used;
    }
    return translated ? groups : List.of();
  }

  private static String key(String term) {
    return term.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", "").strip();
  }

  private static boolean isLatin(String term) {
    Set<Character.UnicodeScript> scripts = new java.util.HashSet<>();
    term.codePoints().filter(Character::isLetter).forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
    return scripts.equals(Set.of(Character.UnicodeScript.LATIN));
  }
}
