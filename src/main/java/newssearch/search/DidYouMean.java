package newssearch.search;

import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.Locale;
import newssearch.article.ArticleFields;

/**
 * "Did you mean": the phrase suggester over {@link ArticleFields#SPELLING}, the unstemmed words,
 * word pairs and triples of every article's title and lede, so a correction is judged by the words
 * around it («саммет шос» → «саммит шос», not any word one letter away). Bodies are left out: as
 * word triples they were half the index, and the words people search for are the headlines' words.
 * A pure function, no I/O.
 */
final class DidYouMean {

  static final String SUGGESTER = "spelling";
  /** Below this many hits a query may well be misspelt and a correction is looked for. */
  static final long FEW_HITS = 3;

  private DidYouMean() {}

  static SearchRequest request(String index, String text) {
    return SearchRequest.of(s -> s.index(index).size(0).trackTotalHits(t -> t.enabled(false))
        .suggest(sg -> sg.text(text).suggesters(SUGGESTER, f -> f.phrase(p -> p
            .field(ArticleFields.SPELLING)
            .size(3)
            .gramSize(3)
            .maxErrors(2.0)
            // Only corrections the index finds likelier than the text as typed.
            .confidence(1.0)
            .directGenerator(d -> d.field(ArticleFields.SPELLING).suggestMode(SuggestMode.Always)
                .minWordLength(3).prefixLength(1))))));
  }

  /**
   * The suggester answers in lower case; words the user capitalised get their capital back when
   * the correction has as many words as the text.
   */
  static String inUsersCase(String typed, String suggestion) {
    String[] typedWords = typed.strip().split("\\s+");
    String[] words = suggestion.strip().split("\\s+");
    if (typedWords.length != words.length) {
      return suggestion;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (typedWords[i].equals(typedWords[i].toUpperCase(Locale.ROOT)) && typedWords[i].length() > 1
          && typedWords[i].chars().anyMatch(Character::isLetter)) {
        word = word.toUpperCase(Locale.ROOT);
      } else if (Character.isUpperCase(typedWords[i].codePointAt(0))) {
        word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      }
      out.append(i == 0 ? "" : " ").append(word);
    }
    return out.toString();
  }
}
