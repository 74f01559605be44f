package newssearch.crosslingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What English needs before a dictionary lookup: words that carry no topic, and the base forms of inflected words. */
final class EnglishWords {

  /** Function words and question words: searching them (or a translation of them) only adds noise. */
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
      "by", "with", "without", "about", "into", "over", "after", "before", "and", "or", "but", "as", "is", "are",
      "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "will", "would",
      "shall", "should", "can", "could", "may", "might", "must", "not", "no", "it", "its", "this", "that", "these",
      "those", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "there", "their", "they",
      "them", "he", "she", "his", "her", "him", "we", "us", "our", "you", "your", "i", "me", "my", "than", "then", "so",
      "if", "very", "much", "many", "some", "any", "also", "just", "only", "up", "out", "off", "s");

  /** Past tenses and participles no suffix rule undoes (built, held, fought, withdrawn). */
  private static final Map<String, String> IRREGULAR = irregular(
      "arise arose arisen", "be was were been", "bear bore borne", "beat beat beaten", "become became become",
      "begin began begun", "bend bent bent", "bet bet bet", "bite bit bitten", "bleed bled bled", "blow blew blown",
      "break broke broken", "bring brought brought", "build built built", "burn burnt burnt", "buy bought bought",
      "catch caught caught", "choose chose chosen", "come came come", "cost cost cost", "cut cut cut",
      "deal dealt dealt", "dig dug dug", "do did done", "draw drew drawn", "drink drank drunk", "drive drove driven",
      "eat ate eaten", "fall fell fallen", "feed fed fed", "feel felt felt", "fight fought fought", "find found found",
      "flee fled fled", "fly flew flown", "forbid forbade forbidden", "forecast forecast forecast",
      "forget forgot forgotten", "forgive forgave forgiven", "freeze froze frozen", "get got gotten", "give gave given",
      "go went gone", "grow grew grown", "hang hung hung", "have had had", "hear heard heard", "hide hid hidden",
      "hit hit hit", "hold held held", "hurt hurt hurt", "keep kept kept", "know knew known", "lay laid laid",
      "lead led led", "leave left left", "lend lent lent", "let let let", "lie lay lain", "lose lost lost",
      "make made made", "mean meant meant", "meet met met", "overcome overcame overcome", "overthrow overthrew overthrown",
      "pay paid paid", "put put put", "quit quit quit", "read read read", "ride rode ridden", "ring rang rung",
      "rise rose risen", "run ran run", "say said said", "see saw seen", "seek sought sought", "sell sold sold",
      "send sent sent", "set set set", "shake shook shaken", "shoot shot shot", "show showed shown", "shut shut shut",
      "sing sang sung", "sink sank sunk", "sit sat sat", "sleep slept slept", "speak spoke spoken", "spend spent spent",
      "spread spread spread", "stand stood stood", "steal stole stolen", "stick stuck stuck", "strike struck struck",
      "swear swore sworn", "sweep swept swept", "swim swam swum", "take took taken", "teach taught taught",
      "tear tore torn", "tell told told", "think thought thought", "throw threw thrown", "undergo underwent undergone",
      "understand understood understood", "undertake undertook undertaken", "uphold upheld upheld", "wake woke woken",
      "wear wore worn", "weep wept wept", "win won won", "withdraw withdrew withdrawn", "withhold withheld withheld",
      "write wrote written");

  /** The Government's, the ministers': a possessive ending after a letter. */
  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})(['’]s|s['’])$");
  /** British -ise, -isation and their inflections (not rise, wise, promise: three letters or more before). */
  private static final Pattern BRITISH_IS = Pattern.compile("(\\p{L}{3,}[^aeiou])is(e|es|ed|ing|ation|ations)");

  /** American -er that British writes -re: center, epicenters, theater (not centered). */
  private static final Pattern AMERICAN_ER = Pattern.compile("(?<=[^aeiou])er(?=s?$)");
  /** American -or that British writes -our: color, favorite, neighboring, behaviors. */
  private static final Pattern AMERICAN_OR = Pattern.compile("or(?=(s|ite|ites|ed|ing|able|ful)?$)");
  /** An l that British doubles before an ending: traveled, canceling, modeler. */
  private static final Pattern AMERICAN_EL = Pattern.compile("(?<=[aeiou])l(?=(ed|ing|er|ers)$)");

  /** I'm, it's, don't, we'll, there's: a function word and its verb, or a negated auxiliary. */
  private static final Pattern CONTRACTION = Pattern.compile(
      "(i|you|we|they|he|she|it|there|that|what|who|here|let)['’](m|s|re|ve|ll|d)|\\p{L}+n['’]t");

  private EnglishWords() {}

  private static Map<String, String> irregular(String... verbs) {
    Map<String, String> forms = new HashMap<>();
    for (String verb : verbs) {
      String[] parts = verb.split(" ");
      for (int i = 1; i < parts.length; i++) {
        if (!parts[i].equals(parts[0])) {
          forms.putIfAbsent(parts[i], parts[0]);
        }
      }
    }
    return Map.copyOf(forms);
  }

  /** Every spelling a letter away from a lowercase word: one left out, added or changed, or two neighbours swapped. */
  static Set<String> oneLetterAway(String word) {
    Set<String> edits = new LinkedHashSet<>();
    for (int i = 0; i <= word.length(); i++) {
      String before = word.substring(0, i);
      String after = word.substring(i);
      if (i < word.length()) {
        edits.add(before + after.substring(1));
      }
      if (i + 1 < word.length()) {
        edits.add(before + after.charAt(1) + after.charAt(0) + after.substring(2));
      }
      for (char c = 'a'; c <= 'z'; c++) {
        edits.add(before + c + after);
        if (i < word.length()) {
          edits.add(before + c + after.substring(1));
        }
      }
    }
    edits.remove(word);
    return edits;
  }

  static boolean isStopWord(String word) {
    return STOP.contains(word) || CONTRACTION.matcher(word).matches();
  }

  /** The Government's decision, the ministers' talks, Luther's translation: the owner is the word. */
  static String owner(String word) {
    return POSSESSIVE.matcher(word).replaceFirst(word.endsWith("s'") || word.endsWith("s’") ? "s" : "");
  }

  /**
   * Whether {@code word} is a form of the verb {@code base}, not of a noun or an adjective: a
   * past tense or participle, regular (scored → score) or not (held → hold), or an -ing form.
   */
  static boolean isVerbForm(String word, String base) {
    return base.equals(IRREGULAR.get(word)) || word.endsWith("ed") || word.endsWith("ing");
  }

  /** Whether {@code word} is the plural of the noun {@code base}: works → work, churches → church, parties → party. */
  static boolean isPluralOf(String word, String base) {
    return word.equals(base + "s") || word.equals(base + "es")
        || word.endsWith("ies") && base.endsWith("y") && word.startsWith(base.substring(0, base.length() - 1));
  }

  /** Whether {@code word} is all lowercase Latin letters: no digit, hyphen, apostrophe or accent. */
  static boolean isLowercaseLatin(String word) {
    return word.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  /** Whether {@code word} is the adverb of the adjective {@code base}: firmly → firm, happily → happy. */
  static boolean isAdverbOf(String word, String base) {
    return adjectives(word).contains(base);
  }

  /**
   * The adjectives {@code word} may be the adverb of: happily → happy; firmly → firm, seriously →
   * serious. Not -er: an unknown attacker is not an attack.
   */
  private static List<String> adjectives(String word) {
    int n = word.length();
    List<String> adjectives = new ArrayList<>();
    if (word.endsWith("ily") && n > 5) {
      adjectives.add(word.substring(0, n - 3) + "y");
    }
    if (word.endsWith("ly") && n > 4) {
      adjectives.add(word.substring(0, n - 2));
    }
    return adjectives;
  }

  /**
   * The adjectives {@code word} may be the comparative of: older → old, larger → large, bigger →
   * big, happier → happy. Only adjectives: an attacker is no comparative of attack.
   */
  static List<String> comparedAdjectives(String word) {
    int n = word.length();
    if (!word.endsWith("er") || n <= 4) {
      return List.of();
    }
    List<String> forms = new ArrayList<>();
    if (word.endsWith("ier") && n > 5) {
      forms.add(word.substring(0, n - 3) + "y");
    }
    forms.add(word.substring(0, n - 2));
    forms.add(word.substring(0, n - 1));
    undouble(forms, word.substring(0, n - 2));
    return forms;
  }

  /**
   * Base forms to try for a lowercase word, most likely first (the word itself is not included):
   * plural → singular, past tense and participles → verb, -ing → verb, superlative and adverb →
   * adjective.
   */
  static List<String> baseForms(String word) {
    List<String> forms = new ArrayList<>();
    String owner = owner(word);
    if (!owner.equals(word)) {
      forms.add(owner);
      forms.addAll(baseForms(owner));
      return forms;
    }
    // re-introduce, ex-minister: the word written whole, then its last part.
    if (word.indexOf('-') > 0 && word.indexOf('-') < word.length() - 1) {
      forms.add(word.replace("-", ""));
      String last = word.substring(word.lastIndexOf('-') + 1);
      forms.add(last);
      forms.addAll(baseForms(last));
      return forms;
    }
    // penalised, organisation: the dictionary spells them with z. Not only so: promises, surprised.
    Matcher british = BRITISH_IS.matcher(word);
    if (british.matches()) {
      String american = british.group(1) + "iz" + british.group(2);
      forms.add(american);
      forms.addAll(baseForms(american));
    }
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      forms.add(irregular);
    }
    int n = word.length();
    if (word.endsWith("ies") && n > 4) {
      forms.add(word.substring(0, n - 3) + "y");
    }
    if (word.endsWith("es") && n > 3) {
      withOrWithoutE(forms, word.substring(0, n - 2));
    }
    if (word.endsWith("s") && n > 3 && !word.endsWith("ss")) {
      forms.add(word.substring(0, n - 1));
    }
    if (word.endsWith("ied") && n > 4) {
      forms.add(word.substring(0, n - 3) + "y");
    }
    if (word.endsWith("ed") && n > 4) {
      withOrWithoutE(forms, word.substring(0, n - 2));
      undouble(forms, word.substring(0, n - 2));
    }
    if (word.endsWith("ing") && n > 4) {
      withOrWithoutE(forms, word.substring(0, n - 3));
      undouble(forms, word.substring(0, n - 3));
    }
    // Superlatives: longest → long, largest → large, biggest → big, earliest → early.
    if (word.endsWith("iest") && n > 5) {
      forms.add(word.substring(0, n - 4) + "y");
    }
    if (word.endsWith("est") && n > 5) {
      forms.add(word.substring(0, n - 3));
      forms.add(word.substring(0, n - 2));
      undouble(forms, word.substring(0, n - 3));
    }
    // Adverbs, when the dictionary has only the adjective.
    forms.addAll(adjectives(word));
    // An American spelling, which the dictionary may have only as British: analyzed → analysed,
    // epicenter → epicentre, neighboring → neighbouring, traveled → travelled, offense → offence.
    for (String spelling : britishSpellings(word)) {
      forms.add(spelling);
      forms.addAll(baseForms(spelling));
    }
    return forms;
  }

  /** The word spelt as British spells it, one difference at a time; none changes it back. */
  private static List<String> britishSpellings(String word) {
    List<String> spellings = new ArrayList<>();
    if (word.contains("yz")) {
      spellings.add(word.replace("yz", "ys"));
    }
    Matcher er = AMERICAN_ER.matcher(word);
    if (er.find()) {
      spellings.add(word.substring(0, er.start()) + "re" + word.substring(er.end()));
    }
    Matcher or = AMERICAN_OR.matcher(word);
    if (or.find()) {
      spellings.add(word.substring(0, or.start()) + "our" + word.substring(or.end()));
    }
    Matcher el = AMERICAN_EL.matcher(word);
    if (el.find()) {
      spellings.add(word.substring(0, el.start()) + "ll" + word.substring(el.end()));
    }
    if (word.endsWith("ense") || word.endsWith("enses")) {
      spellings.add(word.replace("ense", "ence"));
    }
    return spellings;
  }

  /**
   * The stem left by -es, -ed or -ing, and the stem with the e those endings drop. A stem that
   * ends in one vowel and one consonant had the e, or English would have doubled the consonant:
   * rates, rated and rating are rate's (not rat's), hoping is hope's, coded code's. Otherwise the
   * stem comes first: boxes → box, visited → visit, singing → sing.
   */
  private static void withOrWithoutE(List<String> forms, String stem) {
    boolean droppedE = endsInOneVowelAndOneConsonant(stem);
    if (droppedE) {
      forms.add(stem + "e");
    }
    forms.add(stem);
    if (!droppedE) {
      forms.add(stem + "e");
    }
  }

  private static boolean endsInOneVowelAndOneConsonant(String stem) {
    int n = stem.length();
    return n >= 2 && !isVowel(stem.charAt(n - 1)) && "wxy".indexOf(stem.charAt(n - 1)) < 0 && isVowel(stem.charAt(n - 2))
        && (n == 2 || !isVowel(stem.charAt(n - 3)));
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** expell(ing) → expel, stopp(ed) → stop. */
  private static void undouble(List<String> forms, String stem) {
    int n = stem.length();
    if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      forms.add(stem.substring(0, n - 1));
    }
  }
}
