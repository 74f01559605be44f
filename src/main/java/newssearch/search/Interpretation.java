package newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newssearch.crosslingual.TermGroup;

/**
 * How the query was understood, for the caller to show: the words, the phrases, the excluded
 * words, and whether every word had to match or — when that found nothing — most of them.
 *
 * @param terms    words that must match (or most of them, when {@code relaxed})
 * @param phrases  quoted phrases
 * @param excluded words and phrases after a minus
 * @param relaxed  true when no article had every word, so articles with most of them are shown
 * @param scopes   {@code title:} and {@code source:} parts: words that must be in the title, outlets
 * @param expansions each term and the forms it was searched as in the other languages: Russian ones for an
 *                   English query, English and Kazakh ones for a Russian query
 */
public record Interpretation(List<String> terms, List<String> phrases, List<String> excluded, boolean relaxed,
    List<ScopedText.Scope> scopes, List<TermGroup> expansions) {

  private static final Pattern PART = Pattern.compile("(-?)\"([^\"]*)\"|(\\S+)");
  private static final Pattern OPERATOR = Pattern.compile("OR|\\||\\+|\\(|\\)");

  /** Reads the user's text the way {@link QueryBuilder} has Elasticsearch read it. */
  static Interpretation of(String text, boolean relaxed) {
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
      String word = m.group(3).replace("\"", "").replaceAll("^[()|+]+|[()|+]+$", "");
      if (word.isEmpty() || OPERATOR.matcher(word).matches()) {
        continue;
      }
      if (word.startsWith("-") && word.length() > 1) {
        excluded.add(word.substring(1));
      } else if (!word.equals("-")) {
        terms.add(word);
      }
    }
    return new Interpretation(terms, phrases, excluded, relaxed, scoped.scopes(), List.of());
  }

  Interpretation withExpansions(List<TermGroup> expansions) {
    return new Interpretation(terms, phrases, excluded, relaxed, scopes, expansions);
  }

  /** Only plain words are translated: with quotes, exclusions, scopes or OR the user is steering the query. */
  boolean plainWords() {
    return phrases.isEmpty() && excluded.isEmpty() && scopes.isEmpty() && !terms.isEmpty();
  }

  /** Worth retrying with most words instead of all: at least two words that could be dropped. */
  boolean canRelax() {
    return !relaxed && terms.size() >= 2;
  }
}
