import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import newssearch.enrich.NearDuplicates;

/**
 * Near-duplicate detection at scale: N articles made by recombining real sentences of the RT/NG
 * corpus (seeded, so every run is the same), one in ten a copy of an earlier one with a sentence
 * rewritten and one added. Prints articles/s, how many planted copies were found, false alarms and
 * the memory the detector holds. Run with bench/near-duplicates-scale.sh.
 */
public class NearDuplicatesScale {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    List<String> sentences = sentences(Path.of(args.length > 1 ? args[1] : "../shared/data/rt-ng/russia_today.jsonl.gz"));
    Random random = new Random(42);
    List<String> texts = new ArrayList<>(n);
    boolean[] planted = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (i > 100 && i % 10 == 0) {
        String original = texts.get(random.nextInt(i));
        String[] parts = original.split("(?<=\\.) ");
        parts[0] = sentences.get(random.nextInt(sentences.size()));
        texts.add(String.join(" ", parts) + " " + sentences.get(random.nextInt(sentences.size())));
        planted[i] = true;
      } else {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 8 + random.nextInt(8); s++) {
          text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
        }
        texts.add(text.toString());
      }
    }
    System.gc();
    long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    NearDuplicates duplicates = new NearDuplicates(0.6, n);
    long found = 0;
    long falseAlarms = 0;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      boolean copy = duplicates.firstCopyOf("a" + i, NearDuplicates.signature(texts.get(i))).isPresent();
      if (copy && planted[i]) {
        found++;
      } else if (copy) {
        falseAlarms++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long copies = java.util.stream.IntStream.range(0, n).filter(i -> planted[i]).count();
    System.gc();
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory() - heapBefore;
    System.out.printf("near-duplicates: %d articles in %.1f s = %.0f articles/s; planted copies found %d/%d (%.1f%%); "
        + "false alarms %d; memory held by the detector %.0f MB%n", n, seconds, n / seconds, found, copies, 100.0 * found / copies,
        falseAlarms, heap / 1048576.0);
  }

  private static List<String> sentences(Path corpus) throws Exception {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)),
        StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        int at = line.indexOf("\"content\": \"");
        if (at < 0) {
          continue;
        }
        for (String s : line.substring(at + 12).split("(?<=\\.) ")) {
          if (s.length() > 40 && s.length() < 300 && !s.contains("\\")) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }
}
