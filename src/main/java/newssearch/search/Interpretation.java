package newssearch.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newssearch.crosslingual.TermGroup;

/**
 * The user's text, parsed once, and how the search read it, for the caller to show: the words, the
 * phrases, the excluded words, the scopes, and whether every word had to match or — when that
 * found too little — the articles were ranked by how many of the words, and how rare ones, they hold.
 *
 * @param terms      words to match (every one when strict; ranked by when not)
 * @param phrases    quoted phrases
 * @param excluded   words and phrases after a minus
 * @param reading    {@code strict} or {@code ranked}
 * @param scopes     {@code title:} and {@code source:} parts: words that must be in the title, outlets
 * @param expansions each term and the forms it was searched as in the other languages: Russian ones for an
 *                   English query, English and Kazakh ones for a Russian query
 * @param names      the excluded and {@code title:} values that are one name in Latin letters, each with
 *                   its Russian forms, which it stands for too ({@code -Biden} leaves out «Байден»,
 *                   {@code title:Putin} finds «Путин»); empty when the query is not expanded
 * @param words      the text without its scoped parts, as Elasticsearch reads it
 */
public record Interpretation(List<String> terms, List<String> phrases, List<String> excluded, Reading reading,
    List<ScopedText.Scope> scopes, List<TermGroup> expansions, Map<String, List<String>> names,
    @JsonIgnore String words) {

  private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"|(\\S+)");
  private static final Pattern OPERATOR = Pattern.compile("OR|\\||\\+|\\(|\\)");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern OUTER_OPERATOR_CHARACTERS = Pattern.compile("^[()|+]+|[()|+]+$");

  /** Reads the user's text the way the search has Elasticsearch read it. */
  static Interpretation of(String text) {
    List<String> terms = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    ScopedText scoped = ScopedText.of(text);
    Matcher m = PART.matcher(scoped.words());
    while (m.find()) {
      if (m.group(2) != null) {
        String phrase = m.group(2).strip();
        if (!phrase.isEmpty()) {
          (m.group(1).isEmpty() ? phrases : excluded).add(phrase);
        }
        continue;
      }
      String word = word(m.group(3));
      // Punctuation («--», «—», «…») is nothing Elasticsearch searches for, and no exclusion.
      if (OPERATOR.matcher(word).matches() || !TOKEN.matcher(word).find()) {
        continue;
      }
      if (isExclusion(word)) {
        excluded.add(word.substring(1));
      } else {
        terms.add(word);
      }
    }
    return new Interpretation(terms, phrases, excluded, Reading.STRICT, scoped.scopes(), List.of(), Map.of(),
        scoped.words());
  }

  /** As read by this plan at this reading. */
  Interpretation as(SearchPlan plan, Reading how) {
    return new Interpretation(terms, phrases, excluded, how, scopes, plan.expansions(), names, words);
  }

  /** The same text with the Russian forms of the names it excludes or scopes to titles ({@link #nameable}). */
  Interpretation withNames(Map<String, List<String>> forms) {
    return new Interpretation(terms, phrases, excluded, reading, scopes, expansions, Map.copyOf(forms), words);
  }

  /** The values that stand for a name in any of its forms when they are one: the excluded ones and the titles'. */
  List<String> nameable() {
    List<String> values = new ArrayList<>(excluded);
    scopes.stream().filter(s -> s.field().equals(ScopedText.TITLE)).forEach(s -> values.add(s.value()));
    return values;
  }

  /** The Russian forms of the excluded names, which are left out too. */
  List<String> excludedNames() {
    return excluded.stream().flatMap(e -> names.getOrDefault(e, List.of()).stream()).toList();
  }

  /** A value as written, then the Russian forms of the name it is, if it is one. */
  List<String> forms(String value) {
    List<String> forms = new ArrayList<>(List.of(value));
    forms.addAll(names.getOrDefault(value, List.of()));
    return forms;
  }

  /** True when not every word had to match: the articles are ranked by the words they hold. */
  @JsonProperty("relaxed")
  public boolean relaxed() {
    return reading == Reading.RANKED;
  }

  /**
   * Plain words only: with quotes, exclusions, scopes or OR the user is steering the query, which is
   * then neither carried from Russian into other languages nor corrected.
   */
  boolean plainWords() {
    return phrases.isEmpty() && excluded.isEmpty() && scopes.isEmpty() && !terms.isEmpty()
        && !words.contains(" OR ");
  }

  /**
   * Words that may be carried into another language: plain words and quoted phrases (a phrase's
   * words are translated), beside exclusions and scopes, which keep their meaning; not with OR,
   * whose groups the user builds word by word; and a text too long to weigh word by word (a pasted
   * passage), whose quotes and dashes are its own, and which is carried over by its most
   * significant terms.
   */
  boolean translatable() {
    return !(terms.isEmpty() && phrases.isEmpty()) && (tooLongToWeigh() || !words.contains(" OR "));
  }

  /**
   * The words to carry into another language: the text without its exclusions, its quotes dropped
   * (a quoted English phrase has no Russian form to require: its words are translated like the
   * others). A pasted passage's quotes and dashes are its own: all of it is carried over.
   */
  String wordsToTranslate() {
    if (tooLongToWeigh()) {
      return words.replace('"', ' ');
    }
    StringBuilder kept = new StringBuilder();
    Matcher m = PART.matcher(words);
    while (m.find()) {
      boolean excludedPart = m.group(2) != null ? !m.group(1).isEmpty() : isExclusion(word(m.group(3)));
      if (!excludedPart) {
        kept.append(m.group(2) != null ? m.group(2) : m.group(3)).append(' ');
      }
    }
    return kept.toString().replace('"', ' ').strip();
  }

  /** A word after a minus; a dash before no letter or digit («--», «—») is punctuation. */
  private static boolean isExclusion(String word) {
    return word.startsWith("-") && TOKEN.matcher(word).find();
  }

  /** A part of the text without quotes and the operator characters around it. */
  private static String word(String part) {
    return OUTER_OPERATOR_CHARACTERS.matcher(part.replace("\"", "")).replaceAll("");
  }

  /**
   * More words than a search can weigh one by one: counted as the index's tokenizer would (runs of
   * letters or digits), since «a{1,9}Астана» is four words to it though it has no space.
   */
  boolean tooLongToWeigh() {
    Matcher token = TOKEN.matcher(words);
    int count = 0;
    while (token.find()) {
      if (++count > AsWrittenPlan.MOST_RANKED_TERMS) {
        return true;
      }
    }
    return false;
  }

  /** The {@code title:} or {@code source:} values, included or excluded. */
  List<String> scoped(String field, boolean excludedOnes) {
    return new ScopedText(words, scopes).values(field, excludedOnes);
  }
}
