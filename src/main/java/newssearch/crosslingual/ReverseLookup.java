package newssearch.crosslingual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English→Russian translations read backwards, for Russian queries: each English term is filed
 * under the stems of each of its Russian translations ({@link RussianForms#stems}), so that any case
 * form of the Russian words finds it.
 */
final class ReverseLookup {

  private record Filed(String english, int sense) {}

  private ReverseLookup() {}

  /**
   * Russian stems → English terms, the terms whose main sense it is first, then shorter (usually
   * commoner) ones, at most {@code limit}: «саммит» is summit before it is top-level meeting.
   */
  static Map<String, List<String>> of(Map<String, List<String>> translations, int limit) {
    Map<String, List<Filed>> byRussian = new HashMap<>();
    translations.forEach((english, russian) -> {
      for (int sense = 0; sense < russian.size(); sense++) {
        byRussian.computeIfAbsent(RussianForms.stems(russian.get(sense)), k -> new ArrayList<>())
            .add(new Filed(english, sense));
      }
    });
    Map<String, List<String>> reversed = new HashMap<>();
    byRussian.forEach((russian, filed) -> reversed.put(russian, filed.stream()
        .sorted(Comparator.comparingInt(Filed::sense).thenComparingInt(f -> f.english().length())
            .thenComparing(Filed::english))
        .map(Filed::english).distinct().limit(limit).toList()));
    return Map.copyOf(reversed);
  }
}
