package newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's text split into its scoped parts — {@code title:word}, {@code title:"a phrase"},
 * {@code source:rt.com}, each also negated with a minus — and the words that are left, which
 * search everywhere. A scope with nothing after the colon is plain text.
 *
 * @param words  the text without its scoped parts
 * @param scopes the scoped parts, in the order written
 */
public record ScopedText(String words, List<Scope> scopes) {

  /**
   * @param field    {@code title} or {@code source}
   * @param value    the word, phrase (without its quotes) or source name
   * @param excluded written with a minus: articles with it are left out
   */
  public record Scope(String field, String value, boolean excluded) {}

  public static final String TITLE = "title";
  public static final String SOURCE = "source";
  /** A scope starts a word; its value is a quoted phrase or runs to the next space. */
  private static final Pattern SCOPE = Pattern.compile(
      "(?<!\\S)(-?)(title|source):(?:\"([^\"]*)\"|([^\\s\"]+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern RUNS_OF_SPACE = Pattern.compile("\\s{2,}");

  static ScopedText of(String text) {
    String input = text == null ? "" : text;
    List<Scope> scopes = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    Matcher m = SCOPE.matcher(input);
    int last = 0;
    while (m.find()) {
      String value = (m.group(3) != null ? m.group(3) : m.group(4)).strip();
      if (value.isEmpty()) {
        continue;
      }
      words.append(input, last, m.start());
      last = m.end();
      scopes.add(new Scope(m.group(2).toLowerCase(Locale.ROOT), value, !m.group(1).isEmpty()));
    }
    words.append(input.substring(last));
    return new ScopedText(RUNS_OF_SPACE.matcher(words.toString().strip()).replaceAll(" "), List.copyOf(scopes));
  }

  /** Scopes of one field, included or excluded. */
  List<String> values(String field, boolean excluded) {
    return scopes.stream().filter(s -> s.field().equals(field) && s.excluded() == excluded).map(Scope::value).toList();
  }

  /** Something to match words against: free words or a title scope (a source scope only filters). */
  boolean hasWords() {
    return !words.isBlank() || !values(TITLE, false).isEmpty();
  }
}
