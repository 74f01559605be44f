package newssearch.crosslingual;

import java.util.Set;

/** Russian words that carry no topic in any language, and question words (XQuAD-style questions). */
final class RussianWords {

  private static final Set<String> STOP = Set.of("и", "в", "во", "на", "с", "со", "по", "к", "ко", "о", "об",
      "от", "до", "из", "за", "у", "для", "при", "не", "что", "как", "а", "но", "или", "ли", "же", "бы", "это",
      "то", "так", "кто", "какой", "какая", "какое", "какие", "каком", "какую", "каких", "когда", "где", "сколько",
      "почему", "зачем", "чем", "чей", "чья", "который", "которая", "которые", "был", "была", "было", "были",
      "его", "ее", "их", "он", "она", "они", "оно");

  private RussianWords() {}

  /** {@code word} in lowercase; ё and е are one letter here. */
  static boolean isStopWord(String word) {
    return STOP.contains(word.replace('ё', 'е'));
  }
}
