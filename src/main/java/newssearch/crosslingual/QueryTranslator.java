package newssearch.crosslingual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newssearch.enrich.Entity;
import newssearch.enrich.Gazetteer;

/**
 * Turns the words of an English (or Kazakh, or Latin-lettered Russian) query into groups of
 * Russian alternatives, longest terms first: names and acronyms through the gazetteer («SCO» →
 * ШОС, Шанхайская организация сотрудничества; «Astana», «Астана» in Kazakh → Астана, Нур-Султан…),
 * vocabulary through the glossary («digital forum» → цифровой форум), then the general dictionary
 * (main senses), and remaining Latin words through transliteration, keeping only the spellings the
 * articles use («Tokaev», «Khabarovsk»). A sense is followed by its other verb forms that the
 * articles use («подтверждать», «подтвердить»), a word that starts one of the dictionary's
 * phrases is given the phrase's translations first («took part» → участвовать), and a long
 * dictionary word is also searched by its own spelling in Cyrillic that many articles use
 * («experiment» → опыт, эксперимент). English function words are skipped; numbers and Russian
 * words are kept as they are.
 */
public final class QueryTranslator {

  private static final int LONGEST_TERM = 5;
  /** Spellings of one name kept, the most used first: more are variants no article needs. */
  private static final int SPELLINGS = 3;
  /** A spelling used by fewer articles than this share of the most used one is a coincidence. */
  private static final double RARE_SPELLING = 0.05;
  /** Prefixes written with a hyphen: the word they make means what its last part does, changed. */
  private static final Set<String> PREFIXES = Set.of("re", "ex", "pro", "anti", "non", "self", "vice", "de", "co",
      "pre", "post", "intra", "inter", "multi", "sub", "semi", "mid", "un", "counter", "neo", "pan", "ultra");
  /**
   * The shortest base form of a dictionary word whose spelling in Cyrillic is searched too
   * (experiments → «эксперимент»): Latin and Greek loans are mostly this long, while shorter words
   * are mostly English ones whose spelling in Cyrillic is some other word or a name («said» → «Саид»).
   */
  private static final int COGNATE_LENGTH = 6;
  /** Spellings in Cyrillic asked for per such word, or per unknown lowercase word: the cheapest readings. */
  private static final int COGNATE_CANDIDATES = 12;
  /** A spelling fewer articles use is more likely a name or a coincidence than the same word. */
  private static final long COGNATE_ARTICLES = 10;
  /** The shortest word read as a misspelling of a dictionary word. */
  private static final int MISSPELT_LENGTH = 6;
  private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");
  /** A number as English writes it, with commas between thousands (12,000) or a decimal point (1.35). */
  private static final Pattern ENGLISH_NUMBER = Pattern.compile("[^\\p{L}\\p{N}]*(\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d+)[^\\p{L}\\p{N}]*");
  /**
   * A regnal or sequel number in capitals, II to XXXIX (Henry III, World War II, Super Bowl
   * XXXIII): Russian writes it in the same Latin letters, so it is searched as written, not spelt
   * in Cyrillic as a name («Иии»). A lone I or V or X is left out, being as often a pronoun, a
   * letter or a name.
   */
  private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})");
  // Compiled once: a translated sentence reads every word through these several times.
  private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}\\s'’-]");
  private static final Pattern OUTER_APOSTROPHES_AND_DASHES = Pattern.compile("^['’-]+|['’-]+$");
  private static final Pattern POSSESSIVE_AND_AFTER = Pattern.compile("['’]s?[^\\p{L}\\p{N}]*$");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
  private static final Pattern CLAUSE_END = Pattern.compile("[,.;:!?)\\]»\"”…–—]$|^-$");
  private static final Pattern CLAUSE_START = Pattern.compile("^[(\\[«\"“‘]");

  private final Glossary glossary;
  private final Dictionary dictionary;
  private final Vocabulary vocabulary;
  /** A name of an entity as the gazetteer writes it, and the entity's Russian names. */
  private record EntityName(String written, List<String> russian) {

    /** WHO is the organisation, who is a word: an acronym is a name only in capitals. */
    boolean isWrittenAs(String term) {
      return !isAcronym(written) || isAcronym(term);
    }
  }

  private final Map<String, EntityName> entityNames = new HashMap<>();

  public QueryTranslator(Glossary glossary, Dictionary dictionary, Gazetteer gazetteer, Vocabulary vocabulary) {
    this.glossary = glossary;
    this.dictionary = dictionary;
    this.vocabulary = vocabulary;
    for (Entity entity : gazetteer.entities()) {
      List<String> russian = List.copyOf(new LinkedHashSet<>(entity.ru()));
      for (String name : entity.en()) {
        entityNames.putIfAbsent(key(name), new EntityName(name, russian));
      }
      for (String name : entity.kk()) {
        if (TokenLanguage.of(name).equals(TokenLanguage.KAZAKH)) {
          entityNames.putIfAbsent(key(name), new EntityName(name, russian));
        }
      }
      for (String alias : entity.aliases()) {
        if (alias.chars().anyMatch(c -> c >= 'A' && c <= 'z')) {
          entityNames.putIfAbsent(key(alias), new EntityName(alias, russian));
        }
      }
    }
  }

  /** The query's terms as groups; empty when nothing in it is English, Kazakh or Latin-lettered text to translate. */
  public List<TermGroup> translate(String query) {
    List<String> words = compoundsAsWords(unshouted(List.of(query.strip().split("\\s+"))));
    List<TermGroup> groups = new ArrayList<>();
    Map<Integer, String> names = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); ) {
      int used = 0;
      for (int n = Math.min(LONGEST_TERM, words.size() - i); n >= 1 && used == 0; n--) {
        String term = String.join(" ", words.subList(i, i + n));
        EntityName name = entityNames.get(read(term));
        List<String> entity = name != null && name.isWrittenAs(term) ? name.russian() : null;
        // A function word is no glossary entry unless written in capitals: «it» is not «IT».
        boolean functionWord = n == 1 && EnglishWords.isStopWord(key(term)) && !isAcronym(term);
        List<String> russian = entity != null ? entity
            : isLatin(term) && !functionWord ? glossary.translate(read(term)) : List.of();
        if (!russian.isEmpty()) {
          TermGroup group = new TermGroup(term, russian,
              entity != null ? TermGroup.Kind.ENTITY : TermGroup.Kind.GLOSSARY, TokenLanguage.of(term));
          groups.add(n == 1 && entity == null ? withPhrase(group, words, i) : group);
          used = n;
        }
      }
      if (used == 0) {
        // Judged by the term as read, not as typed: 25th is read as the number 25, not a name.
        TermGroup word = withPhrase(word(words.get(i)), words, i);
        groups.add(word);
        if (isName(word.source(), word.kind())) {
          names.put(groups.size() - 1, word.source());
        }
        used = 1;
      }
      i += used;
    }
    lookUpInTheArticles(groups, names);
    // After the articles were asked: a word they use is no misspelling.
    groups.replaceAll(this::corrected);
    groups.replaceAll(this::asCompound);
    // Only a term that gained Russian alternatives makes this a translated query: a Russian query
    // naming Ryanair in Latin letters stays on the plain path, where every word must match.
    boolean translated = groups.stream().anyMatch(g -> g.required() && !g.language().equals(TokenLanguage.RUSSIAN)
        && !g.alternatives().isEmpty());
    return translated ? groups : List.of();
  }

  /**
   * The Russian forms of a text that is one name in Latin letters: all of a known entity's names
   * (`Biden` → «Джо Байден», «Байден»), or the spellings of a name that the articles use
   * (`Snowden` → «Сноуден»). Empty for anything else: a word's senses are guesses, and a title scope
   * or an exclusion widened to them would keep or drop articles the user did not mean.
   */
  public List<String> nameForms(String text) {
    List<TermGroup> read = translate(text).stream().filter(g -> g.kind() != TermGroup.Kind.SKIPPED).toList();
    boolean oneName = read.size() == 1
        && (read.get(0).kind() == TermGroup.Kind.ENTITY || read.get(0).kind() == TermGroup.Kind.TRANSLITERATION);
    return oneName ? read.get(0).alternatives() : List.of();
  }

  /**
   * A long text's {@code limit} most significant terms, picked as {@code more_like_this} picks a
   * long text's words: those the fewest articles use first. A term is as common as its most common
   * form (a rare wrong sense does not make a common word look rare); a term that no article uses in
   * any form cannot find anything. The others stay in place, not searched. Empty unless most of
   * its words are in Latin letters: a Russian or Kazakh passage that names a few things in Latin
   * letters is searched as written, which ranks it by its own words.
   */
  public List<TermGroup> mostSignificant(List<TermGroup> groups, int limit) {
    List<String> languages = groups.stream().map(TermGroup::language).filter(l -> !l.equals(TokenLanguage.NUMBER))
        .toList();
    long latin = languages.stream()
        .filter(l -> l.equals(TokenLanguage.ENGLISH) || l.equals(TokenLanguage.RUSSIAN_IN_LATIN)).count();
    if (latin * 2 <= languages.size()) {
      return List.of();
    }
    Map<Integer, List<String>> forms = new LinkedHashMap<>();
    for (int at = 0; at < groups.size(); at++) {
      TermGroup group = groups.get(at);
      if (group.kind() != TermGroup.Kind.SKIPPED) {
        forms.put(at, group.alternatives().isEmpty() ? List.of(group.source()) : group.alternatives());
      }
    }
    Map<String, Long> counts = vocabulary.documentCounts(forms.values().stream().flatMap(List::stream).toList());
    Map<Integer, Long> articles = new HashMap<>();
    forms.forEach((at, words) -> articles.put(at,
        words.stream().mapToLong(w -> counts.getOrDefault(w, 0L)).max().orElse(0)));
    Set<Integer> kept = new HashSet<>(articles.keySet().stream().filter(at -> articles.get(at) > 0)
        .sorted(Comparator.comparing(articles::get)).limit(limit).toList());
    List<TermGroup> significant = new ArrayList<>();
    for (int at = 0; at < groups.size(); at++) {
      TermGroup group = groups.get(at);
      significant.add(kept.contains(at) ? group
          : new TermGroup(group.source(), List.of(), TermGroup.Kind.SKIPPED, group.language()));
    }
    return significant;
  }

  /**
   * A text typed in capitals («ALL RETURNS ARE THE RESPONSIBILITY OF THE SENDER») read in lowercase:
   * its words are words, not acronyms, and its names are still looked up as words nothing knows.
   * The acronyms the gazetteer knows stay as they are («NATO AND THE EU»). A text is shouted when
   * most of its Latin words, three at least, are in capitals, a function word among them: «IAAF
   * WADA ban» is acronyms.
   */
  private List<String> unshouted(List<String> words) {
    List<String> latin = words.stream().filter(w -> w.codePoints().filter(Character::isLetter).count() >= 2)
        .filter(QueryTranslator::isLatin).toList();
    List<String> capitals = latin.stream().filter(QueryTranslator::isAcronym).toList();
    if (capitals.size() < 3 || capitals.size() * 2 <= latin.size()
        || capitals.stream().noneMatch(w -> EnglishWords.isStopWord(key(w)))) {
      return words;
    }
    return words.stream().map(w -> isLatin(w) && !isKnownAcronym(w) ? w.toLowerCase(Locale.ROOT) : w).toList();
  }

  private boolean isKnownAcronym(String word) {
    EntityName name = entityNames.get(read(word));
    return name != null && isAcronym(name.written());
  }

  /**
   * A compound nothing knows whole, every part of it a word the dictionary knows, a name the
   * gazetteer knows or a number, is read as its words: «space-time» is space and time,
   * «Russia-Ukraine» Russia and Ukraine, «title-winning» title and winning. A compound made with a prefix («re-infection»,
   * «anti-inflammatory», «e-mail») stays whole and is read by its last part; so does a name («Ki-Moon»).
   */
  private List<String> compoundsAsWords(List<String> words) {
    List<String> read = new ArrayList<>();
    words.forEach(word -> read.addAll(asWords(word)));
    return read;
  }

  /** A compound's parts as written, when it is a compound of words; else the word itself. */
  private List<String> asWords(String word) {
    String term = key(word);
    List<String> parts = List.of(term.split("-"));
    if (parts.size() < 2 || !isLatin(term) || PREFIXES.contains(parts.get(0))) {
      return List.of(word);
    }
    boolean knownWhole = dictionary.lists(term) || !glossary.translate(read(term)).isEmpty()
        || entityNames.containsKey(read(term));
    // An empty part («a--b») is no word of a compound, so the parts kept are never empty.
    List<String> written = List.of(word.split("-"));
    return !knownWhole && written.stream().allMatch(this::isWordOfACompound) ? written : List.of(word);
  }

  /** A number, a word the dictionary knows, or a name the gazetteer knows («Russia-Ukraine», «US-China»). */
  private boolean isWordOfACompound(String written) {
    String part = key(written);
    EntityName name = entityNames.get(read(written));
    return !part.isEmpty() && part.chars().allMatch(Character::isDigit) || name != null && name.isWrittenAs(written)
        || part.length() > 1 && (!dictionary.translate(part).isEmpty() || EnglishWords.isStopWord(part));
  }

  /** One word no term covered: a function word, a number, a dictionary word, or one kept as written for now. */
  private TermGroup word(String word) {
    String language = TokenLanguage.of(word);
    String key = key(word);
    Matcher ordinal = ORDINAL.matcher(key);
    if (ordinal.matches()) {
      return new TermGroup(ordinal.group(1), List.of(), TermGroup.Kind.KEPT, TokenLanguage.NUMBER);
    }
    Matcher number = ENGLISH_NUMBER.matcher(word);
    if (number.matches()) {
      return new TermGroup(number.group(1), russianNumber(number.group(1)), TermGroup.Kind.KEPT, TokenLanguage.NUMBER);
    }
    if (ROMAN_NUMERAL.matcher(written(word)).matches()) {
      return new TermGroup(written(word), List.of(), TermGroup.Kind.AS_WRITTEN, language);
    }
    if (language.equals(TokenLanguage.ENGLISH)) {
      if (EnglishWords.isStopWord(key) && !isAcronym(word)) {
        return new TermGroup(word, List.of(), TermGroup.Kind.SKIPPED, language);
      }
      // As written, not as the key: «empire» is the lowercase article's, «Empire» the style's first.
      List<String> russian = isAcronym(word) ? List.of() : dictionary.translate(written(word));
      if (!russian.isEmpty()) {
        return new TermGroup(word, russian, TermGroup.Kind.DICTIONARY, language);
      }
    }
    if (language.equals(TokenLanguage.RUSSIAN)) {
      // Typed in the articles' own language: understood as it is («санкции EU» is about sanctions).
      boolean functionWord = RussianWords.isStopWord(key);
      return new TermGroup(word, List.of(), functionWord ? TermGroup.Kind.SKIPPED : TermGroup.Kind.AS_WRITTEN,
          language);
    }
    return new TermGroup(word, List.of(), TermGroup.Kind.KEPT, language);
  }

  /**
   * A word that starts one of the dictionary's phrases with the words after it gets the phrase's
   * translations first: «carried out» is «выполнять», «проводить», where carry alone is «везти»,
   * «нести»; «took part» is «участвовать», «принимать участие». The words after it keep their own
   * groups, and the collection weighs the phrase's senses like the word's: «came to Warsaw» is not
   * «прийти в себя» in the articles the rest of the query finds. A phrase does not reach past a
   * comma, a full stop or a dash, nor into a bracket or a quotation. The group keeps its size, six
   * at least: the phrase's senses first, then as many of the word's own as fit.
   */
  private TermGroup withPhrase(TermGroup group, List<String> words, int at) {
    if (group.kind() != TermGroup.Kind.DICTIONARY && group.kind() != TermGroup.Kind.GLOSSARY
        || !group.language().equals(TokenLanguage.ENGLISH)) {
      return group;
    }
    List<String> following = new ArrayList<>();
    for (int next = at + 1; next < Math.min(words.size(), at + 3) && !endsAClause(words.get(next - 1))
        && !CLAUSE_START.matcher(words.get(next)).find(); next++) {
      following.add(key(words.get(next)));
    }
    List<String> senses = following.isEmpty() ? List.of() : dictionary.phraseSenses(key(group.source()), following);
    if (senses.isEmpty()) {
      return group;
    }
    int limit = Math.max(Dictionary.SEARCHED_SENSES, group.alternatives().size());
    return new TermGroup(group.source(), Dictionary.firstDistinct(senses, group.alternatives(), limit),
        group.kind(), group.language());
  }

  private static boolean endsAClause(String word) {
    return CLAUSE_END.matcher(word).find();
  }

  /**
   * An English number as Russian writes it: thousands apart by a space or not at all (12,000 →
   * «12 000», «12000»), a decimal comma (1.35 → «1,35»). As typed it matches neither, the tokenizer
   * keeping «12,000» one token.
   */
  private static List<String> russianNumber(String english) {
    if (english.indexOf('.') >= 0) {
      return List.of(english.replace('.', ','));
    }
    return List.of(english.replace(",", ""), english.replace(',', ' '));
  }

  /**
   * Looks up in the articles, all in one request, the Latin words that are names or unknown, the
   * other verb forms of the Russian senses (see {@link #withVerbForms}) and the spellings in
   * Cyrillic of long dictionary words (see {@link #withCognate}).
   */
  private void lookUpInTheArticles(List<TermGroup> groups, Map<Integer, String> names) {
    Map<Integer, List<String>> spellings = new LinkedHashMap<>();
    Set<String> asked = new LinkedHashSet<>();
    names.forEach((at, word) -> {
      String name = read(word);
      boolean mayBeALoan = startsTheText(groups, at) && groups.get(at).kind() != TermGroup.Kind.DICTIONARY;
      List<String> candidates = name.length() >= 3 ? spellings(word, name, mayBeALoan) : List.of();
      spellings.put(at, candidates);
      asked.add(word);
      asked.addAll(candidates);
    });
    // Each sense's guesses, made once: asked for here, kept below where the articles use them.
    Map<String, List<String>> verbForms = new LinkedHashMap<>();
    for (TermGroup group : groups) {
      if (hasVerbForms(group)) {
        group.alternatives().forEach(sense -> verbForms.computeIfAbsent(sense, RussianVerbForms::of));
      }
    }
    verbForms.values().forEach(asked::addAll);
    Map<Integer, List<String>> cognates = cognateCandidates(groups, names);
    cognates.values().forEach(asked::addAll);
    if (asked.isEmpty()) {
      return;
    }
    Map<String, Long> counts = vocabulary.documentCounts(asked);
    for (int at = 0; at < groups.size(); at++) {
      if (hasVerbForms(groups.get(at))) {
        groups.set(at, withVerbForms(groups.get(at), verbForms, counts));
      }
    }
    spellings.forEach((at, candidates) -> groups.set(at, asName(groups.get(at), candidates, counts)));
    cognates.forEach((at, candidates) -> groups.set(at, withCognate(groups.get(at), candidates, counts)));
  }

  /**
   * The spellings in Cyrillic to ask for a name or an unknown word; a lowercase word's plural is
   * also read as its singular, which Russian writes with its own ending («chloroplasts» →
   * «хлоропласт», the articles' «хлоропласты»). A capitalised word is a name's spellings, and when
   * {@code mayBeALoan} (it starts the text and no dictionary has it) a loan's after them: it may
   * be a loan written with the sentence's capital («Stratigraphers try to…» → «стратиграф»).
   */
  private static List<String> spellings(String word, String name, boolean mayBeALoan) {
    if (isAcronym(word)) {
      return Transliterator.candidates(name, Transliterator.Reading.LETTERS);
    }
    boolean capitalised = !Character.isLowerCase(word.codePointAt(0));
    if (capitalised && !mayBeALoan) {
      return Transliterator.candidates(name, Transliterator.Reading.NAME);
    }
    Set<String> spellings = new LinkedHashSet<>();
    if (capitalised) {
      spellings.addAll(Transliterator.candidates(name, Transliterator.Reading.NAME));
    }
    spellings.addAll(loanSpellings(name));
    if (name.length() > 4 && name.endsWith("s") && !name.endsWith("ss")) {
      spellings.addAll(loanSpellings(name.substring(0, name.length() - 1)));
    }
    return List.copyOf(spellings);
  }

  /** Whether nothing but function words comes before the term at {@code at}. */
  private static boolean startsTheText(List<TermGroup> groups, int at) {
    return groups.subList(0, at).stream().allMatch(g -> g.kind() == TermGroup.Kind.SKIPPED);
  }

  /** A loan's cheapest spellings: a loan is spelt by rule more than a name, and each costs the request. */
  private static List<String> loanSpellings(String word) {
    List<String> candidates = Transliterator.candidates(word, Transliterator.Reading.LOAN);
    return candidates.subList(0, Math.min(COGNATE_CANDIDATES, candidates.size()));
  }

  /**
   * For each dictionary word of {@link #COGNATE_LENGTH} letters or more that is not read as a name,
   * its base form's spellings in Cyrillic by sound, to be asked for in the articles.
   */
  private Map<Integer, List<String>> cognateCandidates(List<TermGroup> groups, Map<Integer, String> names) {
    Map<Integer, List<String>> cognates = new LinkedHashMap<>();
    for (int at = 0; at < groups.size(); at++) {
      String word = key(groups.get(at).source());
      if (groups.get(at).kind() != TermGroup.Kind.DICTIONARY || names.containsKey(at)
          || !EnglishWords.isLowercaseLatin(word)) {
        continue;
      }
      // experiments → experiment: «экспериментс» is no Russian word, «эксперимент» meets every form.
      String base = dictionary.lists(word) ? word
          : EnglishWords.baseForms(word).stream().filter(dictionary::lists).findFirst().orElse(word);
      if (base.length() >= COGNATE_LENGTH) {
        cognates.put(at, loanSpellings(base));
      }
    }
    return cognates;
  }

  /**
   * A dictionary word's senses and, last, its own spelling in Cyrillic that the most articles use,
   * {@link #COGNATE_ARTICLES} or more, unless a sense already has its stem: a loan the dictionary
   * does not give («experiment» → «опыт», and the articles' «эксперимент»). The first pass's sample
   * weighs it like any sense, so a false friend the other words' articles do not use counts little.
   */
  private static TermGroup withCognate(TermGroup group, List<String> candidates, Map<String, Long> counts) {
    Optional<String> cognate = candidates.stream().filter(c -> counts.getOrDefault(c, 0L) >= COGNATE_ARTICLES)
        .max(Comparator.comparing(counts::get));
    if (cognate.isEmpty()) {
      return group;
    }
    String stem = RussianForms.stems(cognate.get());
    if (group.alternatives().stream().anyMatch(sense -> RussianForms.stems(sense).equals(stem))) {
      return group;
    }
    List<String> alternatives = new ArrayList<>(group.alternatives());
    alternatives.add(cognate.get());
    return new TermGroup(group.source(), alternatives, group.kind(), group.language());
  }

  /**
   * A lowercase English word that neither the glossary, the dictionary nor any article has, read
   * as the one word of theirs a letter away («coruption» as corruption, «goverments» as
   * governments); none when there are more, a guess between words being no correction. A short
   * word is left alone: one letter makes another word of it too easily.
   */
  private TermGroup corrected(TermGroup group) {
    String word = key(group.source());
    if (group.kind() != TermGroup.Kind.KEPT || !group.language().equals(TokenLanguage.ENGLISH)
        || word.length() < MISSPELT_LENGTH || !Character.isLowerCase(group.source().codePointAt(0))
        || !EnglishWords.isLowercaseLatin(word)) {
      return group;
    }
    List<String> known = EnglishWords.oneLetterAway(word).stream()
        .filter(w -> !glossary.translate(w).isEmpty() || !dictionary.translate(w).isEmpty()).toList();
    if (known.size() != 1) {
      return group;
    }
    List<String> glossed = glossary.translate(known.get(0));
    return glossed.isEmpty()
        ? new TermGroup(group.source(), dictionary.translate(known.get(0)), TermGroup.Kind.DICTIONARY, group.language())
        : new TermGroup(group.source(), glossed, TermGroup.Kind.GLOSSARY, group.language());
  }

  /**
   * A lowercase English word that nothing read, not even as a loan or a misspelling, read as a
   * closed compound of two dictionary words (rainforest → «лес», «дождь»; see
   * {@link Dictionary#compoundSenses}), also when a few articles in English use it. Typed with a
   * capital it may be a name: Hollywood is not a holly's wood. Last, because it is a guess:
   * «stratigraphic» is the articles' «стратиграфический», not strati and graphic.
   */
  private TermGroup asCompound(TermGroup group) {
    boolean unread = group.kind() == TermGroup.Kind.KEPT || group.kind() == TermGroup.Kind.AS_WRITTEN;
    if (!unread || !group.language().equals(TokenLanguage.ENGLISH)
        || !Character.isLowerCase(group.source().codePointAt(0))) {
      return group;
    }
    List<String> senses = dictionary.compoundSenses(key(group.source()));
    return senses.isEmpty() ? group : new TermGroup(group.source(), senses, TermGroup.Kind.DICTIONARY, group.language());
  }

  /**
   * A dictionary's or the glossary's senses, each followed by those of its other verb forms that
   * the articles use: the other aspect («подтверждать», and «подтвердить» that news writes more),
   * or a participle's verb («арестованный», and «арестовать»: «арестуют»). The index lemmatises
   * each form to its own infinitive, so a sense does not find the other aspect by itself.
   */
  private static TermGroup withVerbForms(TermGroup group, Map<String, List<String>> verbForms,
      Map<String, Long> counts) {
    Set<String> alternatives = new LinkedHashSet<>();
    for (String sense : group.alternatives()) {
      alternatives.add(sense);
      verbForms.get(sense).stream().filter(counts::containsKey).forEach(alternatives::add);
    }
    return new TermGroup(group.source(), List.copyOf(alternatives), group.kind(), group.language());
  }

  private static boolean hasVerbForms(TermGroup group) {
    return group.kind() == TermGroup.Kind.DICTIONARY || group.kind() == TermGroup.Kind.GLOSSARY;
  }

  /**
   * A Latin word as a name, from the spellings the articles use: a required term; a capitalised
   * dictionary word (Hamburg, Playboy) gets its spelling as a name before its dictionary senses.
   */
  private static TermGroup asName(TermGroup group, List<String> spellings, Map<String, Long> counts) {
    List<String> used = spellings.stream().filter(counts::containsKey)
        .sorted(Comparator.comparing(counts::get).reversed()).toList();
    List<String> alternatives = new ArrayList<>();
    if (!used.isEmpty()) {
      long most = counts.get(used.get(0));
      // A name is shown as one (Хабибуллин); a loan typed in lowercase is not (хлоропласт).
      boolean name = !Character.isLowerCase(group.source().codePointAt(0));
      used.stream().filter(s -> counts.get(s) >= most * RARE_SPELLING).limit(SPELLINGS)
          .map(s -> name ? capitalized(s) : s).forEach(alternatives::add);
    }
    if (group.kind() == TermGroup.Kind.DICTIONARY) {
      alternatives.addAll(group.alternatives());
      return new TermGroup(group.source(), alternatives, TermGroup.Kind.DICTIONARY, group.language());
    } else if (!alternatives.isEmpty()) {
      return new TermGroup(group.source(), alternatives, TermGroup.Kind.TRANSLITERATION, TokenLanguage.RUSSIAN_IN_LATIN);
    } else if (counts.containsKey(group.source())) {
      return new TermGroup(group.source(), List.of(), TermGroup.Kind.AS_WRITTEN, group.language());
    }
    return group;
  }

  /** Names are shown as names: Нур-Султан, not нур-султан. */
  static String capitalized(String name) {
    StringBuilder shown = new StringBuilder(name);
    for (int i = 0; i < shown.length(); i++) {
      if (i == 0 || shown.charAt(i - 1) == '-') {
        shown.setCharAt(i, Character.toUpperCase(shown.charAt(i)));
      }
    }
    return shown.toString();
  }

  /**
   * A Latin word that may be a name: one nothing translated, or a capitalised or all-capitals
   * one even when the dictionary has it (Hamburg is a grape there).
   */
  private static boolean isName(String word, TermGroup.Kind kind) {
    boolean latin = isLatin(key(word));
    return latin && (kind == TermGroup.Kind.KEPT
        || kind == TermGroup.Kind.DICTIONARY && Character.isUpperCase(word.codePointAt(0)));
  }

  /** NATO, IAAF, G20: all capitals (and digits), two letters or more; NATO's too. */
  private static boolean isAcronym(String word) {
    String letters = NOT_A_LETTER.matcher(POSSESSIVE_AND_AFTER.matcher(word).replaceFirst("")).replaceAll("");
    return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  /** A term as its lookups read it: lowercase, without punctuation or a possessive (SCO's, Luther's). */
  private static String read(String term) {
    return EnglishWords.owner(key(term));
  }

  private static String key(String term) {
    return written(term.toLowerCase(Locale.ROOT));
  }

  /** A term without punctuation, in the case it was typed in. */
  private static String written(String term) {
    String letters = NOT_A_WORD_CHARACTER.matcher(term).replaceAll("");
    return OUTER_APOSTROPHES_AND_DASHES.matcher(letters).replaceAll("").strip();
  }

  private static boolean isLatin(String term) {
    Set<Character.UnicodeScript> scripts = new java.util.HashSet<>();
    term.codePoints().filter(Character::isLetter).forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
    return scripts.equals(Set.of(Character.UnicodeScript.LATIN));
  }
}
