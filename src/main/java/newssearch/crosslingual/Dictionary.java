package newssearch.crosslingual;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import newssearch.system.OnFirstUse;

/**
 * A general English→Russian dictionary in dictd format (Debian's {@code mueller7-dict}: an index
 * of headword, offset and length in base64, and the articles, dictzip-compressed), reduced to the
 * main senses: the first sense of each part of speech, its first translations. Used for the words
 * the political glossary does not have, and for the phrases a word starts ({@link DictionaryPhrases}),
 * whichever translates the word.
 */
public final class Dictionary {

  /** The main senses read backwards: later senses are rarely what a Russian word's English is. */
  static final int SENSES = 4;
  /**
   * Translations searched per word: the main senses, then the later ones. The search weighs each
   * by whether the articles the rest of the query finds use it, so a later sense that is what the
   * query means is found, and one that is not costs little. Six, not
   * eight: the tuning sets found as much with six, and a translated sentence cost 13 % less.
   */
  static final int SEARCHED_SENSES = 6;
  /** The shortest word of a closed compound: «sun» of sunflower, not «ra» of rainforest. */
  private static final int COMPOUND_MODIFIER = 3;
  /** The shortest last word of a closed compound: «suit» of spacesuit, not «ate» of cooperate. */
  private static final int COMPOUND_HEAD = 4;
  /** Suffixes that are words too: «-ness» is no «мыс», «-ship» no «корабль». */
  private static final Set<String> NOT_COMPOUND_HEADS = Set.of("ness", "less", "able", "ably", "ship", "ships",
      "ally", "hood", "ward", "wards", "ling", "ment", "ments", "ible");
  /** Prefixes that are words too: «inter-» is no «предавать земле», «super-» no «статист». */
  private static final Set<String> NOT_COMPOUND_MODIFIERS = Set.of("inter", "under", "over", "counter", "super",
      "post", "pre", "anti", "non", "trans", "out", "sub", "mid", "semi", "multi", "extra", "ultra", "auto", "tele",
      "micro", "macro", "mini", "mega", "hyper", "infra", "para", "pro", "con", "dis", "mis", "per", "the");
  public static final Dictionary EMPTY = new Dictionary(Map.of(), Map.of(), new byte[0]);
  /**
   * Words that a sense sometimes starts with, and never a translation: «тот, кто…», a pointer to
   * another article («см. ice»), «тж.» (also), a conjunction a cut left alone.
   */
  private static final Set<String> NOT_TRANSLATIONS = Set.of("тот", "та", "то", "те", "кто", "что", "который",
      "такой", "этот", "один", "от", "для", "при", "см", "ср", "тж", "или", "и");
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final Pattern PART_OF_SPEECH = Pattern.compile("(?m)^\\s*\\d+\\.\\s");
  private static final Pattern SENSE = Pattern.compile("(?s)(?:^|\\s)\\d\\)(.*?)(?=\\s\\d\\)|$)");
  /**
   * A label («_n.», «_разг.»), a pronunciation, a gloss in brackets or braces, «predic» (a predicative
   * adjective: «afraid _a. predic, испуганный») and «и пр.», which sends to a verb for the rest
   * («vibration _n. вибрация и пр. {см. vibrate}»).
   */
  private static final Pattern LABEL =
      Pattern.compile("_[^\\s.]+\\.?|\\[[^]]*]|\\([^)]*\\)|\\{[^}]*}|(?<![a-z])predic,?|(?<=\\s)и пр\\.");
  /** A numbered sense that starts with its translation: «1) несколько». */
  private static final Pattern TRANSLATED_SENSE = Pattern.compile("\\d\\)\\s*[а-яё]");
  /**
   * A translation: Russian words, a name among them with its capital («термометр Цельсия»,
   * «последователь Аристотеля»); one that starts with a name («Зевс») only in a name's article
   * ({@link #namesAName}).
   */
  private static final Pattern RUSSIAN = Pattern.compile("[А-ЯЁ]?[а-яё]+(?:[ -][А-ЯЁ]?[а-яё]+){0,3}");
  // Compiled once: a sentence's first lookups parse dozens of articles.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern FIRST_TRANSLATION_END = Pattern.compile("[;,]");
  /** The dictionary's own note that a headword is a form of a verb: «_p-p. от confirm», «_p. от take 1». */
  private static final Pattern FORM_OF_VERB =
      Pattern.compile("_(?:p-p|pres-p|past|p)\\.\\s+от\\s+([a-z]+)(?:\\s+(I|II|III|IV|V)\\b)?");
  /** Its note that a headword is a plural, a comparative or a superlative: «_pl. от tooth», «_comp. от long». */
  private static final Pattern FORM_OF_WORD = Pattern.compile("_(?:pl|comp|sup)\\.\\s+от\\s+([a-z]+)");
  /**
   * An article that only names another headword as the same word, usually its British spelling:
   * «color [↗kʌlɜ] _ам. = colour», «connection = connexion», «normalcy = normality».
   */
  private static final Pattern SAME_AS = Pattern.compile("(?:^|\\s)=\\s*([a-z][a-z'-]*(?: [a-z][a-z'-]*)*)");
  /** Where a homonym starts: «_I  [li:v] _n.», «_II [li:v] _v. (left)», «_III[faʊnd]». */
  private static final Pattern HOMONYM = Pattern.compile("(?m)^\\s*_(?:I|II|III|IV|V)(?=[\\s\\[])");
  /** A part of speech's label, the first on its line: «_v.», «_n.». */
  private static final Pattern LABEL_OF_PART = Pattern.compile("^[^\\n]*?_([a-z]+)\\.");

  /** Headword → where its article is in {@code articles}: articles are read when a word is asked for. */
  private final Map<String, long[]> index;
  /**
   * Headwords with a second article for the word written with a capital: a name, a people or a
   * language («Empire», the style, beside «empire»; «Pole» beside «pole»; «March» beside «march»).
   */
  private final Map<String, long[]> capitalised;
  private final byte[] articles;
  /**
   * Headwords read so far, each as its own article has it: its senses, its verb's and adjective's,
   * and what the article notes it as a form of or points to.
   */
  private final Map<String, Headword> read = new java.util.concurrent.ConcurrentHashMap<>();
  /** Capitalised headwords read so far: their searched senses. */
  private final Map<String, List<String>> readCapitalised = new java.util.concurrent.ConcurrentHashMap<>();
  /** Russian stems → English words, built on first use: reading all 46k articles takes a while. */
  private final OnFirstUse<Map<String, List<String>>> english = new OnFirstUse<>(this::reversed);
  /** The phrases of every article by their first word, then the words after it; built on first use. */
  private final OnFirstUse<Map<String, Map<String, List<String>>>> phrases = new OnFirstUse<>(this::readPhrases);

  private Dictionary(Map<String, long[]> index, Map<String, long[]> capitalised, byte[] articles) {
    this.index = index;
    this.capitalised = capitalised;
    this.articles = articles;
  }

  /** Whether it has {@code word} (lowercase) as a headword, hyphenated or written whole. */
  public boolean lists(String word) {
    return index.containsKey(word) || index.containsKey(word.replace("-", ""));
  }

  /** How many headwords it has. */
  public int size() {
    return index.size();
  }

  /** The dictionary at {@code base} ({@code base.index} and {@code base.dict.dz}), or empty when it is not installed. */
  public static Dictionary loadIfPresent(Path base) {
    Path index = Path.of(base + ".index");
    Path articles = Path.of(base + ".dict.dz");
    if (!Files.isReadable(index) || !Files.isReadable(articles)) {
      return EMPTY;
    }
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(articles)))) {
      return parse(Files.readAllLines(index, StandardCharsets.UTF_8), in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the dictionary " + base + ": " + e.getMessage(), e);
    }
  }

  static Dictionary parse(List<String> index, byte[] articles) {
    Map<String, long[]> where = new HashMap<>();
    Map<String, long[]> capitalised = new HashMap<>();
    for (String line : index) {
      String[] columns = line.split("\t");
      if (columns.length != 3 || columns[0].startsWith("00")) {
        continue;
      }
      long offset = decode(columns[1]);
      long length = decode(columns[2]);
      if (offset < 0 || length <= 0 || offset + length > articles.length) {
        continue;
      }
      // The index lists «Empire» (the style) and «empire» under one lowercase key: the article's
      // own first line says which is which.
      String key = columns[0].toLowerCase(Locale.ROOT);
      long[] at = {offset, length};
      long[] before = where.putIfAbsent(key, at);
      if (before != null && isCapitalised(articles, before) != isCapitalised(articles, at)) {
        boolean capitalisedBefore = isCapitalised(articles, before);
        where.put(key, capitalisedBefore ? at : before);
        capitalised.putIfAbsent(key, capitalisedBefore ? before : at);
      }
    }
    return new Dictionary(Map.copyOf(where), Map.copyOf(capitalised), articles);
  }

  /**
   * Whether an article is a name's (Zeus, Fahrenheit, Caesar), its headword written with a capital:
   * only there is a sense that starts with a capital its translation. In a word's article such a
   * sense is the name's use (rock: «Гибралтар», the Rock; book: «Библия»), which would outweigh
   * the word's senses in articles about Gibraltar.
   */
  private static boolean namesAName(String article) {
    return !article.isEmpty() && Character.isUpperCase(article.charAt(0));
  }

  /** Whether an article's headword, its first line, starts with a capital letter. */
  private static boolean isCapitalised(byte[] articles, long[] at) {
    int first = articles[(int) at[0]] & 0xff;
    return first >= 'A' && first <= 'Z';
  }

  /**
   * The first sense of each part of speech (of the first homonym that has one), its first
   * translation of each {@code ;}-separated group: «убивать; бить, резать (скот)» gives убивать,
   * бить. The first group of the word's first sense gives its first two: «говорить, сказать».
   */
  static List<String> mainSenses(String article) {
    boolean name = namesAName(article);
    // Each homonym's senses are read once: the reverse lookup reads every article this way.
    for (String homonym : homonyms(article)) {
      List<String> main = mainSenses(blocks(homonym), name);
      if (!main.isEmpty()) {
        return main;
      }
    }
    return List.of();
  }

  private static List<String> mainSenses(List<String> blocks, boolean name) {
    Set<String> found = new LinkedHashSet<>();
    for (int b = 0; b < blocks.size(); b++) {
      // The main part of speech gives its second sense too: the first is often the older, broader one
      // (champion: «борец», then «чемпион»).
      Matcher numbered = SENSE.matcher(blocks.get(b));
      List<String> chosen = new ArrayList<>();
      while (numbered.find() && chosen.size() < (b == 0 ? 2 : 1)) {
        chosen.add(numbered.group(1));
      }
      if (chosen.isEmpty()) {
        chosen.add(blocks.get(b));
      }
      for (int c = 0; c < chosen.size(); c++) {
        String[] groups = withoutLabels(chosen.get(c)).split(";");
        for (int g = 0; g < Math.min(2, groups.length); g++) {
          Optional<String> first = firstTranslation(groups[g], name);
          first.ifPresent(found::add);
          // The word's first sense gives its second translation too: say is «говорить, сказать»,
          // and news writes «сказал». Not after «тот,»: «кто бродит» is no translation either.
          if (b == 0 && c == 0 && g == 0 && first.isPresent()) {
            String[] translations = groups[g].split(",", 3);
            if (translations.length > 1) {
              firstTranslation(translations[1], name).ifPresent(found::add);
            }
          }
        }
      }
    }
    return found.stream().limit(SENSES).toList();
  }

  /**
   * A sense's text (its labels removed) up to its first «;» or «,», spaces made single, when that
   * is a Russian word or phrase that translates.
   */
  private static Optional<String> firstTranslation(String unlabelled, boolean name) {
    String translation = SPACES.matcher(FIRST_TRANSLATION_END.split(unlabelled, 2)[0].strip()).replaceAll(" ");
    return translates(translation, name) ? Optional.of(translation) : Optional.empty();
  }

  /** Whether words are a translation: Russian, and starting with a capital only in a name's article. */
  static boolean translates(String words, boolean name) {
    return RUSSIAN.matcher(words).matches() && !NOT_TRANSLATIONS.contains(words)
        && (name || !Character.isUpperCase(words.charAt(0)));
  }

  /** The words of {@code first}, then those of {@code then} not among them, {@code limit} at most. */
  static List<String> firstDistinct(List<String> first, List<String> then, int limit) {
    Set<String> both = new LinkedHashSet<>(first);
    both.addAll(then);
    return both.stream().limit(limit).toList();
  }

  /** An article's text without its labels, pronunciations and glosses ({@link #LABEL}). */
  static String withoutLabels(String text) {
    return LABEL.matcher(text).replaceAll(" ");
  }

  /**
   * The senses of the first homonym that translates («left» is first a note that it is leave's
   * past, then «левый»), or of the first when none does: its main senses first, then every numbered
   * sense of each part of speech in rounds (every part's first, then every part's second…), the
   * first translation of each; after its main two, each later homonym's first sense; at most
   * {@code limit}.
   */
  static List<String> senses(String article, int limit) {
    boolean name = namesAName(article);
    List<List<String>> homonyms = homonyms(article).stream().map(Dictionary::blocks).toList();
    List<String> chosen = homonyms.stream().filter(blocks -> !mainSenses(blocks, name).isEmpty()).findFirst()
        .orElse(homonyms.get(0));
    List<String> own = senses(chosen, limit, name);
    List<String> others = homonyms.stream().filter(blocks -> blocks != chosen)
        .map(blocks -> mainSenses(blocks, name).stream().findFirst()).flatMap(Optional::stream).toList();
    if (others.isEmpty()) {
      return own;
    }
    // well is «колодец» (I) and «как следует» (II), down «пух» (I) and «вниз» (III): each later
    // homonym's first sense after the first homonym's main two.
    Set<String> merged = new LinkedHashSet<>(own.subList(0, Math.min(2, own.size())));
    merged.addAll(others);
    merged.addAll(own);
    return merged.stream().limit(limit).toList();
  }

  private static List<String> senses(List<String> blocks, int limit, boolean name) {
    Set<String> found = new LinkedHashSet<>(mainSenses(blocks, name));
    List<List<String>> parts = new ArrayList<>();
    for (String block : blocks) {
      List<String> numbered = new ArrayList<>();
      Matcher sense = SENSE.matcher(block);
      while (sense.find()) {
        firstTranslation(withoutLabels(sense.group(1)), name).ifPresent(numbered::add);
      }
      parts.add(numbered);
    }
    for (int round = 0; found.size() < limit && parts.stream().anyMatch(p -> p.size() > 0); round++) {
      boolean any = false;
      for (List<String> part : parts) {
        if (round < part.size() && found.size() < limit) {
          found.add(part.get(round));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return found.stream().limit(limit).toList();
  }

  /**
   * The blocks of every homonym labelled as one part of speech ({@code v}, {@code a}): «die» is a die
   * and to stamp (I), then to die (II); «former» is one who forms (I), then «прежний» (II).
   */
  private static List<String> partsLabelled(String article, String part) {
    return partsLabelled(homonyms(article), part);
  }

  private static List<String> partsLabelled(List<String> homonyms, String part) {
    List<String> found = new ArrayList<>();
    for (String homonym : homonyms) {
      for (String block : blocks(homonym)) {
        Matcher label = LABEL_OF_PART.matcher(block.strip());
        if (label.find() && label.group(1).equals(part)) {
          found.add(block);
        }
      }
    }
    return found;
  }

  /**
   * An article's homonyms, or its whole body when it has one. The first need not be marked: a
   * compound is a mixture before «_II», a compound behind a fence.
   */
  private static List<String> homonyms(String article) {
    return numberedHomonyms(article).stream().map(Homonym::text).toList();
  }

  /** A homonym's text and the number its mark gives it («II» of «_II»); none for an unmarked first. */
  private record Homonym(String number, String text) {}

  /** An article's homonyms as {@link #homonyms}, each with its number. */
  private static List<Homonym> numberedHomonyms(String article) {
    String body = article.substring(article.indexOf('\n') + 1);
    List<Homonym> homonyms = new ArrayList<>();
    Matcher mark = HOMONYM.matcher(body);
    int start = 0;
    String number = null;
    while (mark.find()) {
      homonyms.add(new Homonym(number, body.substring(start, mark.start())));
      number = mark.group().strip().substring(1);
      start = mark.end();
    }
    homonyms.add(new Homonym(number, body.substring(start)));
    return homonyms;
  }

  /** A homonym's blocks, one per numbered part of speech (the whole homonym when it has none). */
  private static List<String> blocks(String homonym) {
    List<String> blocks = new ArrayList<>();
    Matcher pos = PART_OF_SPEECH.matcher(homonym);
    int start = -1;
    while (pos.find()) {
      if (start >= 0) {
        blocks.add(homonym.substring(start, pos.start()));
      } else if (TRANSLATED_SENSE.matcher(homonym.substring(0, pos.start())).find()) {
        // «several _a. 1) несколько … 2. как сущ.»: the first part of speech need not be numbered.
        blocks.add(homonym.substring(0, pos.start()));
      }
      start = pos.end();
    }
    blocks.add(start < 0 ? homonym : homonym.substring(start));
    return blocks;
  }

  /**
   * The translations searched for a word, or for its base form (killed → kill). A verb's
   * form, by its ending (scored → score, found → find) or by the dictionary's note on a headword
   * of its own (confirmed: «_p-p. от confirm»), gets the verb's senses before the other parts of
   * speech («делать зарубки» before «зарубка»); a headword keeps its own main senses first
   * (confirmed → «хронический», «подтверждать»). A word written with a capital whose headword has
   * an article of its own for the capitalised word gets that article's senses first (Empire: «стиль
   * ампир», then «империя»); written in lowercase, it gets the lowercase article's only.
   */
  public List<String> translate(String word) {
    String lowercase = word.toLowerCase(Locale.ROOT);
    List<String> own = translate(lowercase, lookUp(lowercase));
    List<String> asName = lowercase.equals(word) ? List.of() : capitalisedSenses(lowercase);
    if (asName.isEmpty()) {
      return own;
    }
    // Written with a capital, a word may be the people, the language or the name, or just start a
    // sentence: both articles' senses, the capitalised one's first, and the collection weighs them.
    return firstDistinct(asName, own, SEARCHED_SENSES);
  }

  /**
   * The translations of a phrase that {@code word} starts, the words after it being
   * {@code following} (lowercase, as many as may belong to it): «took» and «part» are «to take
   * part», «участвовать», «принимать участие»; «carried» and «out» «доводить до конца»,
   * «выполнять», «проводить». The word is read as itself or any of its base forms; the longest
   * phrase wins. Empty when it starts none.
   */
  public List<String> phraseSenses(String word, List<String> following) {
    Map<String, Map<String, List<String>>> all = phrases.get();
    List<String> firstWords = new ArrayList<>(List.of(word));
    firstWords.addAll(EnglishWords.baseForms(word));
    for (String first : firstWords) {
      Map<String, List<String>> started = all.getOrDefault(first, Map.of());
      for (int n = Math.min(2, following.size()); n >= 1 && !started.isEmpty(); n--) {
        List<String> senses = started.get(String.join(" ", following.subList(0, n)));
        if (senses != null) {
          return senses;
        }
      }
    }
    return List.of();
  }

  /**
   * Reads now what is otherwise read on first use, each in about two seconds: the phrases
   * ({@link #phraseSenses}) first, which every English query asks for, then the dictionary
   * backwards ({@link #englishFor}), which Russian queries do.
   */
  public void readAhead() {
    phrases.get();
    english.get();
  }

  /**
   * Every phrase of the dictionary ({@link DictionaryPhrases}), its articles read in the order of
   * their headwords; names' articles have none.
   */
  private Map<String, Map<String, List<String>>> readPhrases() {
    Map<String, String> articles = new TreeMap<>();
    index.values().forEach(at -> {
      String article = text(at);
      if (!article.isEmpty() && !namesAName(article)) {
        int firstLine = Math.max(0, article.indexOf('\n'));
        articles.put(article.substring(0, firstLine).strip(), article.substring(firstLine + 1));
      }
    });
    return DictionaryPhrases.of(articles);
  }

  /**
   * A closed compound the dictionary has only in two words: as its headword written with a hyphen
   * or a space (freeway → free-way), or else as its two words, the last (the head of an English
   * compound) first: rainforest → «лес», then «дождь». The first cut that gives two known words is
   * taken. Read as two words, a head of fewer than {@link #COMPOUND_HEAD} letters (cooperate is no
   * cooper who ate; laptop no lap's top), a suffix that is also a word (awareness is not aware's
   * «мыс») and a prefix that is also one (interface is not «предавать земле» a face) make no
   * compound. A guess, for a word that nothing else reads: not part of {@link #translate}.
   */
  public List<String> compoundSenses(String word) {
    if (!EnglishWords.isLowercaseLatin(word)) {
      return List.of();
    }
    for (int cut = COMPOUND_MODIFIER; cut <= word.length() - COMPOUND_MODIFIER; cut++) {
      String first = word.substring(0, cut);
      String last = word.substring(cut);
      for (String written : List.of(first + "-" + last, first + " " + last)) {
        if (index.containsKey(written)) {
          return translate(written, lookUp(written));
        }
      }
      if (last.length() < COMPOUND_HEAD || NOT_COMPOUND_MODIFIERS.contains(first) || NOT_COMPOUND_HEADS.contains(last)
          || !lists(first)
          || !lists(last) && EnglishWords.baseForms(last).stream().noneMatch(this::lists)) {
        continue;
      }
      List<String> head = translate(last, lookUp(last));
      List<String> modifier = translate(first, lookUp(first));
      if (!head.isEmpty() && !modifier.isEmpty()) {
        Set<String> both = new LinkedHashSet<>(head.subList(0, Math.min(SEARCHED_SENSES / 2, head.size())));
        modifier.stream().limit(SEARCHED_SENSES / 2).forEach(both::add);
        return List.copyOf(both);
      }
    }
    return List.of();
  }

  /**
   * The senses of the capitalised article of a word, or of its singular when the word is no
   * headword itself (Franks → Frank, Poles → Pole). A name, a people or a language takes no other
   * ending: «Marched» is march's, not March's, and «Polished» a headword of its own.
   */
  private List<String> capitalisedSenses(String word) {
    List<String> forms = new ArrayList<>(List.of(word));
    if (!index.containsKey(word) && word.endsWith("es")) {
      forms.add(word.substring(0, word.length() - 2));
    }
    if (!index.containsKey(word) && word.endsWith("s")) {
      forms.add(word.substring(0, word.length() - 1));
    }
    for (String form : forms) {
      long[] at = capitalised.get(form);
      if (at != null) {
        // Remembered by headword, not by the word asked: queries bring words without end.
        return readCapitalised.computeIfAbsent(form, f -> senses(text(at), SEARCHED_SENSES));
      }
    }
    return List.of();
  }

  private List<String> translate(String word, Headword headword) {
    if (headword.senses().isEmpty() && headword.formOf() == null) {
      // teeth, phenomena, crises, longer: the dictionary lists them only to name their word.
      List<String> ofWord = headword.wordOf() == null ? List.of() : lookUp(headword.wordOf()).senses();
      if (!ofWord.isEmpty()) {
        return ofWord;
      }
      for (String base : EnglishWords.baseForms(word)) {
        Headword found = lookUp(base);
        if (!found.senses().isEmpty()) {
          return EnglishWords.isVerbForm(word, base) ? found.verbFirst()
              : EnglishWords.isAdverbOf(word, base) ? found.adjectiveFirst() : found.senses();
        }
      }
      for (String adjective : EnglishWords.comparedAdjectives(word)) {
        Headword found = lookUp(adjective);
        if (found.isAdjective()) {
          return found.adjectiveFirst();
        }
      }
      return List.of();
    }
    // «received», «confirmed», «marked» are adjectives there too («общепринятый»), and news mostly
    // uses them as the verb's forms.
    List<String> verbSenses = headword.formOf() == null ? List.of() : notedVerbSenses(headword);
    if (verbSenses.isEmpty()) {
      verbSenses = baseSenses(word);
    }
    if (verbSenses.isEmpty()) {
      return headword.senses();
    }
    List<String> own = headword.senses();
    return firstDistinct(own.subList(0, Math.min(own.size(), SENSES)), verbSenses, SEARCHED_SENSES);
  }

  /**
   * The senses of the verb a form is noted as, those of the homonym the note names first: led is
   * «_p. и _p-p. от lead II», «вести», before lead I's «освинцовывать».
   */
  private List<String> notedVerbSenses(Headword form) {
    List<String> all = lookUp(form.formOf()).verbFirst();
    long[] at = index.get(form.formOf());
    if (form.formOfHomonym() == null || at == null) {
      return all;
    }
    String article = text(at);
    List<String> named = numberedHomonyms(article).stream()
        .filter(homonym -> form.formOfHomonym().equals(homonym.number())).map(Homonym::text).limit(1).toList();
    if (named.isEmpty()) {
      return all;
    }
    Set<String> ordered = new LinkedHashSet<>(senses(partsLabelled(named, "v"), SEARCHED_SENSES, namesAName(article)));
    ordered.addAll(all);
    return ordered.stream().limit(SEARCHED_SENSES).toList();
  }

  /**
   * The senses of the word {@code word} is a form of, when that is a headword too: works is
   * «завод» and work's «работа», lights «лёгкие» and light's «свет».
   */
  private List<String> baseSenses(String word) {
    if (!EnglishWords.isLowercaseLatin(word)) {
      return List.of();
    }
    for (String base : EnglishWords.baseForms(word)) {
      Headword found = lookUp(base);
      boolean verb = EnglishWords.isVerbForm(word, base) && !found.verbSenses().isEmpty();
      // news is no plural of new, goods none of good.
      if (!found.senses().isEmpty() && (verb || !found.isAdjective() && EnglishWords.isPluralOf(word, base))) {
        return verb ? found.verbFirst() : found.senses();
      }
    }
    return List.of();
  }

  /**
   * The English words whose main sense is this Russian term (given as {@link RussianForms#stems}),
   * those where it is the first sense first, then shorter (usually commoner) words: «форум» →
   * forum, «выбор» → choice, election.
   */
  public List<String> englishFor(String russianStems) {
    return english.get().getOrDefault(russianStems, List.of());
  }

  /** Every single-word headword's main senses, read backwards; parsed afresh, not kept in the lookup cache. */
  private Map<String, List<String>> reversed() {
    Map<String, List<String>> main = new HashMap<>();
    index.forEach((word, at) -> {
      if (EnglishWords.isLowercaseLatin(word)) {
        main.put(word, mainSenses(at));
      }
    });
    // «март» is only in «March», «поляк» only in «Pole»: the capitalised articles are read backwards too.
    capitalised.forEach((word, at) -> main.merge(word, mainSenses(at), (lowercase, name) -> {
      Set<String> both = new LinkedHashSet<>(lowercase);
      both.addAll(name);
      return List.copyOf(both);
    }));
    return ReverseLookup.of(main, SENSES);
  }

  /**
   * A headword as the dictionary has it: an article that only points to another headword as the
   * same word (color: «_ам. = colour») is read as that one, however many pointers lead there.
   */
  private Headword lookUp(String word) {
    Headword headword = parsed(word);
    Set<String> followed = new HashSet<>(Set.of(word));
    while (headword.senses().isEmpty() && headword.sameAs() != null && followed.add(headword.sameAs())) {
      headword = parsed(headword.sameAs());
    }
    return headword;
  }

  /** A headword as its own article has it, decoded and parsed when first asked for. */
  private Headword parsed(String word) {
    long[] at = index.get(word);
    return at == null ? Headword.NONE : read.computeIfAbsent(word, w -> parse(text(at)));
  }

  private Headword parse(String article) {
    Matcher verb = FORM_OF_VERB.matcher(article);
    Matcher form = FORM_OF_WORD.matcher(article);
    List<String> senses = senses(article, SEARCHED_SENSES);
    boolean isForm = verb.find();
    String formOf = isForm ? verb.group(1) : null;
    String formOfHomonym = isForm ? verb.group(2) : null;
    String wordOf = form.find() ? form.group(1) : null;
    Matcher same = SAME_AS.matcher(article);
    String sameAs = null;
    if (senses.isEmpty() && formOf == null && wordOf == null && same.find()) {
      // «= annex i:» names annex; «= it is» names no headword at all.
      String named = same.group(1);
      sameAs = index.containsKey(named) ? named : named.split(" ")[0];
    }
    boolean name = namesAName(article);
    return new Headword(senses, senses(partsLabelled(article, "v"), SEARCHED_SENSES, name),
        senses(partsLabelled(article, "a"), SEARCHED_SENSES, name), formOf, formOfHomonym, wordOf, sameAs);
  }

  /**
   * @param senses the translations searched for it
   * @param verbSenses the translations of its verb's parts, of every homonym
   * @param adjectiveSenses the translations of its adjective's parts, of every homonym
   * @param formOf the verb the dictionary notes it as a form of («_p-p. от confirm»), or null
   * @param formOfHomonym the homonym of that verb the note names («_p. от lead II»: II), or null
   * @param wordOf the noun or adjective it notes it as a plural, comparative or superlative of, or null
   * @param sameAs the headword its article only points to as the same word («= colour»), or null
   */
  private record Headword(List<String> senses, List<String> verbSenses, List<String> adjectiveSenses,
      String formOf, String formOfHomonym, String wordOf, String sameAs) {
    static final Headword NONE = new Headword(List.of(), List.of(), List.of(), null, null, null, null);

    /** Whether it is first an adjective: its first sense is one of the adjective's. */
    boolean isAdjective() {
      return !senses.isEmpty() && adjectiveSenses.contains(senses.get(0));
    }

    /** Its senses as a verb's form asks for them: the verb's first, then the others. */
    List<String> verbFirst() {
      return first(verbSenses);
    }

    /** Its senses as an adverb made of it asks for them: formerly is «прежний», not «составитель». */
    List<String> adjectiveFirst() {
      return first(adjectiveSenses);
    }

    private List<String> first(List<String> part) {
      Set<String> ordered = new LinkedHashSet<>(part);
      ordered.addAll(senses);
      return ordered.stream().limit(SEARCHED_SENSES).toList();
    }
  }

  private List<String> mainSenses(long[] at) {
    return mainSenses(text(at));
  }

  private String text(long[] at) {
    return new String(articles, (int) at[0], (int) at[1], StandardCharsets.UTF_8);
  }

  private static long decode(String base64) {
    long n = 0;
    for (char c : base64.toCharArray()) {
      n = n * 64 + BASE64.indexOf(c);
    }
    return n;
  }
}
