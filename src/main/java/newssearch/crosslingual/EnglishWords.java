package newssearch.crosslingual;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What English needs before a dictionary lookup: words that carry no topic, and the base forms of inflected words. */
final class EnglishWords {

  /** Function words and question words: searching them (or a translation of them) only adds noise. */
  private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
      "by", "with", "without", "about", "into", "over", "after", "before", "and", "or", "but", "as", "is", "are",
      "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "will", "would",
      "shall", "should", "can", "could", "may", "might", "must", "not", "no", "it", "its", "this", "that", "these",
      "those", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "there", "their", "they",
      "he", "she", "his", "her", "him", "we", "our", "you", "your", "i", "me", "my", "than", "then", "so", "if",
      "very", "much", "many", "some", "any", "also", "just", "only", "up", "out", "off", "s");

  private EnglishWords() {}

  static boolean isStopWord(String word) {
    return STOP.contains(word);
  }

  /**
   * Base forms to try for a lowercase word, most likely first (the word itself is not included):
   * plural → singular, past tense and participles → verb, -ing → verb.
   */
  static List<String> baseForms(String word) {
    List<String> forms = new ArrayList<>();
    int n = word.length();
    if (word.endsWith("ies") && n > 4) {
      forms.add(word.substring(0, n - 3) + "y");
    }
    if (word.endsWith("es") && n > 3) {
      forms.add(word.substring(0, n - 2));
    }
    if (word.endsWith("s") && n > 3 && !word.endsWith("ss")) {
      forms.add(word.substring(0, n - 1));
    }
    if (word.endsWith("ied") && n > 4) {
      forms.add(word.substring(0, n - 3) + "y");
    }
    if (word.endsWith("ed") && n > 4) {
      forms.add(word.substring(0, n - 2));
      forms.add(word.substring(0, n - 1));
      undouble(forms, word.substring(0, n - 2));
    }
    if (word.endsWith("ing") && n > 5) {
      forms.add(word.substring(0, n - 3));
      forms.add(word.substring(0, n - 3) + "e");
      undouble(forms, word.substring(0, n - 3));
    }
    return forms;
  }

  /** expell(ing) → expel, stopp(ed) → stop. */
  private static void undouble(List<String> forms, String stem) {
    int n = stem.length();
    if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      forms.add(stem.substring(0, n - 1));
    }
  }
}
