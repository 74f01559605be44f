package newssearch.pipeline.read;

import java.util.List;

/**
 * One article as a reader found it, before cleaning: every field is the input's own text.
 *
 * @param origin      the file (or URL) it came from
 * @param position    where in it: line, row or item number (1-based); 0 for a whole-file article
 * @param url         the article's URL, if the input has one
 * @param key         a stable key when there is no URL (e.g. channel and message id), else null
 * @param title       the headline, if the input has one apart from the text
 * @param lede        the lede or summary, if the input has one apart from the text
 * @param text        the article text; paragraphs separated by newlines
 * @param publishedAt the publication date as written in the input
 * @param source      the outlet, if the input names it
 * @param tags        the input's own tags or topics
 * @param language    the language the input declares, if any
 * @param layout      how the text is laid out, which decides how it is cleaned
 */
public record SourceRecord(String origin, long position, String url, String key, String title, String lede,
    String text, String publishedAt, String source, List<String> tags, String language, Layout layout) {

  public enum Layout {
    /** Clean article text (dumps, feeds, annotated corpora). */
    PLAIN,
    /** Text with markup remnants (HTML tags and entities) to strip. */
    MARKUP,
    /** A scraped page: counters, captions, repeated headlines, footers to strip. */
    SCRAPED_PAGE
  }

  /**
   * A stable key from an input's own record id, scoped by the outlet, else by the file's name (not
   * its path, so the same file read from another folder gives the same key).
   */
  static String scopedKey(String source, String origin, String key) {
    if (key == null) {
      return null;
    }
    String scope = source != null ? source : origin.substring(origin.replace('\\', '/').lastIndexOf('/') + 1);
    return scope + "/" + key;
  }

  /** Where it came from, as a person reads it: {@code file:line}. */
  public String location() {
    return position > 0 ? origin + ":" + position : origin;
  }
}
