package newssearch.enrich;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the gazetteer's entities in text, Russian case forms included: «Токаева», «в Астане»,
 * «Шанхайской организации сотрудничества». Each name becomes a sequence of token tests; a text
 * token is looked up by its possible stems, so the cost per token does not grow with the gazetteer.
 * A token in lower case, as most are, is only looked up among the few names that may start so.
 *
 * <p>Russian words match as a stem plus a case ending; a capitalised name only matches a
 * capitalised word (which keeps «Сенат» from matching «сенат» in «сенат штата»); acronyms match
 * exactly as written; Kazakh names match with any agglutinated suffix; Latin names match as words.
 */
public final class EntityMatcher {

  /** Case endings of Russian nouns (and of surnames: «Токаева», «Токаевым»), up to three letters. */
  private static final Set<String> NOUN_ENDINGS = Set.of("а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й", "ой", "ей",
      "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ами", "ями", "ою", "ею", "ью", "ым", "им");
  /** Case endings of Russian adjectives, for names such as «Шанхайская», «Северная». */
  private static final Set<String> ADJECTIVE_ENDINGS = Set.of("ая", "яя", "ое", "ее", "ую", "юю", "ые", "ие", "ый",
      "ий", "ой", "ей", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ыми", "ими");
  private static final Set<String> ADJECTIVE_NOMINATIVE = Set.of("ая", "яя", "ое", "ее", "ый", "ий", "ые", "ие");
  /** «Медведевой» is a woman's surname, not a case of «Медведев». */
  private static final Set<String> FEMININE_SURNAME_ENDINGS = Set.of("ой", "ою");
  /** What a nominative name may end in, longest first; the rest is the stem the case endings follow. */
  private static final List<String> NAME_ENDINGS = List.of("ая", "яя", "ое", "ее", "ый", "ий", "ой", "ые", "ие",
      "а", "я", "о", "е", "ь", "й", "ы", "и");
  private static final int MAX_KAZAKH_SUFFIX = 7;
  private static final int MAX_RUSSIAN_ENDING = 3;

  private record Found(Entity entity, int start, int end) {}

  /** One token of a name and how a text token must look to match it. */
  private record TokenTest(Kind kind, String stem, String nominativeEnding, boolean capitalised) {
    boolean matches(String original, String lower) {
      if (capitalised && !Character.isUpperCase(original.charAt(0))) {
        return false;
      }
      return switch (kind) {
        case ACRONYM -> original.equals(stem);
        case WORD -> lower.equals(stem);
        case RUSSIAN -> lower.startsWith(stem) && russianEnding(lower.substring(stem.length()));
        case KAZAKH -> lower.startsWith(stem) && lower.length() - stem.length() <= MAX_KAZAKH_SUFFIX;
      };
    }

    private boolean russianEnding(String ending) {
      if (ending.isEmpty()) {
        return nominativeEnding.isEmpty();
      }
      if (ending.equals(nominativeEnding)) {
        return true;
      }
      if (ADJECTIVE_NOMINATIVE.contains(nominativeEnding)) {
        return ADJECTIVE_ENDINGS.contains(ending);
      }
      // A noun never takes an adjective's ending: «Уральский» is not a case of «Уральск».
      boolean surnameStem = stem.endsWith("ов") || stem.endsWith("ев") || stem.endsWith("ин") || stem.endsWith("ын");
      return NOUN_ENDINGS.contains(ending) && !(surnameStem && FEMININE_SURNAME_ENDINGS.contains(ending));
    }

    /** The key under which the name is filed: what a matching text token reduces to. */
    String key() {
      return kind == Kind.ACRONYM ? "=" + stem : stem;
    }

    /**
     * Whether a text token that does not start with a capital letter can match: not where the name's
     * word must be capitalised, nor where it is an acronym that starts with a capital.
     */
    boolean matchesUncapitalised() {
      return switch (kind) {
        case ACRONYM -> !Character.isUpperCase(stem.charAt(0));
        case WORD -> true;
        case RUSSIAN, KAZAKH -> !capitalised;
      };
    }
  }

  private enum Kind { ACRONYM, WORD, RUSSIAN, KAZAKH }

  private record Name(Entity entity, List<TokenTest> tokens) {}

  /**
   * Names by the key of their first token; those that can start with a token in lower case
   * («партия Аманат», Latin names, «5G») also apart, with the first two letters of their keys.
   */
  private static final class NameIndex {
    private final int maxCut;
    private final Map<String, List<Name>> byKey = new HashMap<>();
    private final Map<String, List<Name>> uncapitalised = new HashMap<>();
    private final BitSet uncapitalisedStarts = new BitSet(1 << 16);

    NameIndex(int maxCut) {
      this.maxCut = maxCut;
    }

    void add(Name name) {
      TokenTest first = name.tokens().get(0);
      byKey.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(name);
      if (first.matchesUncapitalised() && first.stem().length() >= 2) {
        uncapitalised.computeIfAbsent(first.key(), k -> new ArrayList<>()).add(name);
        uncapitalisedStarts.set(start(first.stem()));
      }
    }

    /** The longest name that starts at token {@code i}, or null. */
    Found longestAt(int i, Tokens tokens) {
      String original = tokens.original(i);
      Map<String, List<Name>> index = byKey;
      if (!Character.isUpperCase(original.charAt(0))) {
        if (original.length() < 2 || !uncapitalisedStarts.get(start(original))) {
          return null;
        }
        index = uncapitalised;
      }
      String lower = tokens.lower(i);
      Found best = null;
      for (String key : keysFor(original, lower, maxCut)) {
        for (Name name : index.getOrDefault(key, List.of())) {
          int end = i + name.tokens().size();
          if (end > tokens.size() || best != null && end <= best.end()) {
            continue;
          }
          boolean all = true;
          for (int t = 0; t < name.tokens().size() && all; t++) {
            all = name.tokens().get(t).matches(tokens.original(i + t), tokens.lower(i + t));
          }
          if (all) {
            best = new Found(name.entity(), i, end);
          }
        }
      }
      return best;
    }

    /**
     * A hash of a word's first two letters in lower case (ё as е), for a set that may answer yes
     * wrongly, never no. Lowercased a character at a time, without making the lowercased word:
     * String.toLowerCase differs from that only at a capital İ or Σ, which a word in lower case lacks.
     */
    private static int start(String word) {
      return (Words.folded(word.charAt(0)) * 31 + Words.folded(word.charAt(1))) & 0xFFFF;
    }
  }

  private final NameIndex names = new NameIndex(MAX_RUSSIAN_ENDING);
  /** Kazakh names match with any suffix, so they are only looked for in Kazakh text. */
  private final NameIndex kazakhNames = new NameIndex(MAX_KAZAKH_SUFFIX);

  public EntityMatcher(Gazetteer gazetteer) {
    for (Entity entity : gazetteer.entities()) {
      Set<String> seen = new LinkedHashSet<>();
      entity.ru().forEach(n -> add(entity, n, false, seen, names));
      entity.en().forEach(n -> add(entity, n, false, seen, names));
      entity.aliases().forEach(n -> add(entity, n, false, seen, names));
      Set<String> seenKazakh = new LinkedHashSet<>();
      entity.kk().forEach(n -> add(entity, n, true, seenKazakh, kazakhNames));
    }
  }

  private static void add(Entity entity, String name, boolean kazakh, Set<String> seen, NameIndex index) {
    List<TokenTest> tokens = new ArrayList<>();
    for (String word : Words.of(name)) {
      tokens.add(test(word, kazakh));
    }
    // A one-word name of two letters ("ЕС" excepted, an acronym) matches too much to be useful.
    if (tokens.isEmpty() || tokens.size() == 1 && tokens.get(0).kind() != Kind.ACRONYM && tokens.get(0).stem().length() < 3) {
      return;
    }
    String signature = tokens.toString();
    if (seen.add(signature)) {
      index.add(new Name(entity, tokens));
    }
  }

  private static TokenTest test(String token, boolean kazakh) {
    boolean capitalised = Character.isUpperCase(token.charAt(0));
    if (token.length() >= 2 && token.length() <= 6 && token.equals(token.toUpperCase(Locale.ROOT))
        && token.chars().anyMatch(Character::isLetter)) {
      return new TokenTest(Kind.ACRONYM, token, "", false);
    }
    String lower = lower(token);
    if (!isCyrillic(lower)) {
      return new TokenTest(Kind.WORD, lower, "", false);
    }
    if (kazakh) {
      return new TokenTest(Kind.KAZAKH, lower, "", capitalised);
    }
    for (String ending : NAME_ENDINGS) {
      if (lower.endsWith(ending) && lower.length() - ending.length() >= 3) {
        return new TokenTest(Kind.RUSSIAN, lower.substring(0, lower.length() - ending.length()), ending, capitalised);
      }
    }
    return new TokenTest(Kind.RUSSIAN, lower, "", capitalised);
  }

  /** The entities a text in any language but Kazakh names, each once, in the order they first appear. */
  public List<Entity> find(String text) {
    return find(text, false);
  }

  /** The entities the text names; {@code kazakh} adds the Kazakh names with their suffixes. */
  public List<Entity> find(String text, boolean kazakh) {
    Tokens tokens = new Tokens(Words.of(text));
    Set<Entity> found = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); ) {
      Found best = names.longestAt(i, tokens);
      if (kazakh) {
        Found inKazakh = kazakhNames.longestAt(i, tokens);
        if (inKazakh != null && (best == null || inKazakh.end() > best.end())) {
          best = inKazakh;
        }
      }
      if (best == null) {
        i++;
      } else {
        found.add(best.entity());
        i = best.end();
      }
    }
    return List.copyOf(found);
  }

  /**
   * A text's tokens, each lowercased when first asked for: most tokens start no name, and
   * lowercasing every token of every text was a large part of finding its entities.
   */
  private static final class Tokens {
    private final List<String> originals;
    private final String[] lowers;

    Tokens(List<String> originals) {
      this.originals = originals;
      this.lowers = new String[originals.size()];
    }

    int size() {
      return originals.size();
    }

    String original(int i) {
      return originals.get(i);
    }

    String lower(int i) {
      if (lowers[i] == null) {
        lowers[i] = EntityMatcher.lower(originals.get(i));
      }
      return lowers[i];
    }
  }

  /**
   * Every key a name's first token could be filed under for this text token: the token as written
   * (acronyms), and the token less up to {@code maxCut} letters (a Russian ending is at most three).
   */
  private static List<String> keysFor(String original, String lower, int maxCut) {
    List<String> keys = new ArrayList<>(maxCut + 2);
    keys.add("=" + original);
    for (int cut = 0; cut <= maxCut && lower.length() - cut >= 2; cut++) {
      keys.add(lower.substring(0, lower.length() - cut));
    }
    return keys;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  private static boolean isCyrillic(String s) {
    return s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
  }
}
