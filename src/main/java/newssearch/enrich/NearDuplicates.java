package newssearch.enrich;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds syndicated copies of a story (the same text from several outlets, with small edits) by
 * MinHash over word shingles, with locality-sensitive hashing so each new article is compared only
 * with the few earlier ones that share a band of its signature: the cost per article stays constant
 * however many came before.
 *
 * <p>64 hash functions in 16 bands of 4 rows: a pair whose shingle sets overlap by Jaccard 0.7 shares
 * a band with probability ≈ 0.99, at 0.6 ≈ 0.89, at 0.3 ≈ 0.12. Candidates are then checked on the
 * whole signature. A copy whose first sentence was rewritten (a 130-word story) measures about 0.69.
 * Each minimum is kept by its lowest 16 bits only (b-bit MinHash): two different minima agree by
 * chance once in 65,536, which moves no estimate that matters, and a stored signature takes 128 bytes.
 *
 * <p>It remembers the last {@code capacity} stories (first copies) and forgets the oldest beyond
 * them: each takes about 1.7 KB of heap (its signature and 16 band keys), so a detector that
 * remembered every story would need 1.7 GB at a million articles. Copies of a story are published
 * within days of each other; a window of tens of thousands of stories covers weeks of a news flow.
 */
public final class NearDuplicates {

  /** Estimated Jaccard similarity from which an article counts as a copy, at ingest and at reindex. */
  public static final double COPY_THRESHOLD = 0.6;

  static final int HASHES = 64;
  private static final int BANDS = 16;
  private static final int ROWS = HASHES / BANDS;
  private static final int SHINGLE = 4;
  /** Fewer words than this is too short to call a copy: brief posts repeat each other by chance. */
  private static final int MIN_WORDS = 30;

  private final double threshold;
  private final int capacity;
  private final Map<Long, String> firstByBand = new HashMap<>();
  // In the order they were remembered: the oldest is forgotten first.
  private final LinkedHashMap<String, int[]> signatures = new LinkedHashMap<>();

  public NearDuplicates(double threshold, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.threshold = threshold;
    this.capacity = capacity;
  }

  /**
   * Remembers the article by its {@link #signature} and returns the id of the first earlier article
   * it copies, if any. An article seen again under the same id is not a copy of itself; one without
   * a signature (a short text) is no copy and is not remembered.
   */
  public synchronized Optional<String> firstCopyOf(String id, int[] signature) {
    if (signature == null) {
      return Optional.empty();
    }
    String original = null;
    for (int band = 0; band < BANDS && original == null; band++) {
      String candidate = firstByBand.get(bandKey(signature, band));
      if (candidate != null && !candidate.equals(id) && similarity(signature, signatures.get(candidate)) >= threshold) {
        original = candidate;
      }
    }
    if (original == null) {
      add(id, signature);
    }
    return Optional.ofNullable(original);
  }

  /** Remembers an article already known to be the first copy of its story (one stored earlier), by its signature. */
  public synchronized void remember(String id, int[] signature) {
    if (signature != null) {
      add(id, signature);
    }
  }

  private void add(String id, int[] signature) {
    if (signatures.putIfAbsent(id, signature) != null) {
      return;
    }
    for (int band = 0; band < BANDS; band++) {
      firstByBand.putIfAbsent(bandKey(signature, band), id);
    }
    if (signatures.size() > capacity) {
      Iterator<Map.Entry<String, int[]>> oldest = signatures.entrySet().iterator();
      Map.Entry<String, int[]> forgotten = oldest.next();
      oldest.remove();
      for (int band = 0; band < BANDS; band++) {
        firstByBand.remove(bandKey(forgotten.getValue(), band), forgotten.getKey());
      }
    }
  }

  /** How many first copies are remembered: at most the capacity. */
  public synchronized int size() {
    return signatures.size();
  }

  /** The MinHash signature of the text's word shingles, or null when the text is too short. */
  public static int[] signature(String text) {
    int[] words = wordHashes(text);
    if (words.length < MIN_WORDS) {
      return null;
    }
    int[] min = new int[HASHES];
    Arrays.fill(min, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long shingle = 0xcbf29ce484222325L;
      for (int w = i; w < i + SHINGLE; w++) {
        shingle = (shingle ^ words[w]) * 0x100000001b3L;
      }
      // Kirsch–Mitzenmacher: two hashes give all 64 (h1 + i·h2), at an addition each.
      long h1 = mix(shingle);
      long h2 = mix(shingle ^ 0x9E3779B97F4A7C15L) | 1;
      long hash = h1;
      for (int h = 0; h < HASHES; h++, hash += h2) {
        min[h] = Math.min(min[h], (int) (hash >>> 33));
      }
    }
    for (int h = 0; h < HASHES; h++) {
      min[h] &= 0xFFFF;
    }
    return min;
  }

  /**
   * The hash of each word (a run of letters and digits) in lower case, ё read as е: its string's
   * {@code hashCode}, computed as the text is read without making the word. Splitting every text
   * with a pattern into lowercased words was most of the detector's cost.
   */
  private static int[] wordHashes(String text) {
    int[] hashes = new int[256];
    int count = 0;
    int hash = 0;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      i += Character.charCount(c);
      if (Words.isWordCharacter(c)) {
        int lower = Words.folded(c);
        hash = Character.isBmpCodePoint(lower) ? 31 * hash + lower
            : 31 * (31 * hash + Character.highSurrogate(lower)) + Character.lowSurrogate(lower);
        inWord = true;
      } else if (inWord) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash;
        hash = 0;
        inWord = false;
      }
    }
    return Arrays.copyOf(hashes, count);
  }

  /**
   * A signature as the index stores it ({@code minhash}, binary): its hashes as 2 bytes each, in
   * Base64. Reading the stored signatures of the newest stories is a read of doc values; reading
   * their texts to hash them again decompresses a stored block per article, ten times as long.
   */
  public static String encoded(int[] signature) {
    ByteBuffer bytes = ByteBuffer.allocate(HASHES * Short.BYTES);
    for (int hash : signature) {
      bytes.putShort((short) hash);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  /** A stored signature read back; null for one that is not a signature of this detector (of another size). */
  public static int[] decoded(String stored) {
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(stored));
    if (bytes.remaining() != HASHES * Short.BYTES) {
      return null;
    }
    int[] signature = new int[HASHES];
    for (int h = 0; h < HASHES; h++) {
      signature[h] = Short.toUnsignedInt(bytes.getShort());
    }
    return signature;
  }

  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  private static long bandKey(int[] signature, int band) {
    long key = band;
    for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
      key = key * 0x100000001b3L + signature[r];
    }
    return mix(key);
  }

  /** SplitMix64's finaliser: spreads a 64-bit value evenly, so one hash serves as many. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
