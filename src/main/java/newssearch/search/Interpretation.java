package newssearch.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
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
 * @param words      the text without its scoped parts, as Elasticsearch reads it
 */
public record Interpretation(List<String> terms, List<String> phrases, List<String> excluded, Reading reading,
    List<ScopedText.Scope> scopes, List<TermGroup> expansions, @JsonIgnore String words) {

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
      String word = OUTER_OPERATOR_CHARACTERS.matcher(m.group(3).replace("\"", "")).replaceAll("");
      // Punctuation («--», «—», «…») is nothing Elasticsearch searches for, and no exclusion.
      if (OPERATOR.matcher(word).matches() || !TOKEN.matcher(word).find()) {
        continue;
      }
      if (word.startsWith("-")) {
        excluded.add(word.substring(1));
      } else {
        terms.add(word);
      }
    }
    return new Interpretation(terms, phrases, excluded, Reading.STRICT, scoped.scopes(), List.of(), scoped.words());
  }

  /** As read by this plan at this reading. */
  Interpretation as(SearchPlan plan, Reading how) {
    return new Interpretation(terms, phrases, excluded, how, scopes, plan.expansions(), words);
  }

  /** True when not every word had to match: the articles are ranked by the words they hold. */
  @JsonProperty("relaxed")
  public boolean relaxed() {
    return reading == Reading.RANKED;
  }

  /** Only plain words are translated: with quotes, exclusions, scopes or OR the user is steering the query. */
  boolean plainWords() {
    return phrases.isEmpty() && excluded.isEmpty() && scopes.isEmpty() && !terms.isEmpty()
        && !words.contains(" OR ");
  }

  /**
   * Words that may be carried into another language: plain words and quoted phrases (a phrase's
   * words are translated), without exclusions, scopes or OR, with which the user steers the query;
   * or a text too long to weigh word by word (a pasted passage), whose quotes and dashes are its
   * own, and which is carried over by its most significant terms.
   */
  boolean translatable() {
    return !(terms.isEmpty() && phrases.isEmpty())
        && (tooLongToWeigh() || excluded.isEmpty() && scopes.isEmpty() && !words.contains(" OR "));
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
