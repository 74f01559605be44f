package newssearch.pipeline.read;

/**
 * A record that was not indexed, and why.
 *
 * @param origin   the file or URL
 * @param position line, row or item number; 0 for the whole file
 * @param reason   what was wrong, for a person
 * @param raw      the start of the offending input, so it can be found and fixed
 */
public record Rejection(String origin, long position, String reason, String raw) {

  private static final int MAX_RAW = 500;

  public static Rejection of(String origin, long position, String reason, String raw) {
    String cut = raw == null ? null : raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) + "…" : raw;
    return new Rejection(origin, position, reason, cut);
  }
}
