package newssearch.crosslingual;

import java.util.Collection;
import java.util.Map;

/** Which words the indexed articles use, and how widely: what keeps transliterations honest. */
@FunctionalInterface
public interface Vocabulary {

  /** For each word (or hyphenated name) found in the articles, the number of articles using it in any form. */
  Map<String, Long> documentCounts(Collection<String> words);

  /** A vocabulary that knows no words: transliteration finds nothing. */
  Vocabulary NONE = words -> Map.of();
}
