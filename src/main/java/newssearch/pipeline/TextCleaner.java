package newssearch.pipeline;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Normalises text from any source: Unicode form, invisible characters, spaces, markup remnants. */
public final class TextCleaner {

  /**
   * Formatting tags or entities mean the text is HTML. A text that only quotes a tag (say, a story
   * about a {@code <script>} injection) has none of these and is kept as written.
   */
  private static final Pattern MARKUP = Pattern.compile(
      "(?i)</?(p|br|div|span|a|strong|em|b|i|u|ul|ol|li|h[1-6]|img|iframe|blockquote|table|tr|td|figure|figcaption)\\b[^>]*>"
          + "|&(nbsp|laquo|raquo|mdash|ndash|quot|amp|hellip|#\\d{2,5});");

  private TextCleaner() {}

  /**
   * Russian read with the wrong encoding re-read ({@link Mojibake}), NFC, no invisible characters,
   * one space between words, lines trimmed, at most one blank line in a row.
   */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String read = Mojibake.repaired(text);
    String s = Normalizer.isNormalized(read, Normalizer.Form.NFC) ? read : Normalizer.normalize(read, Normalizer.Form.NFC);
    return linesStripped(oneSpace(s));
  }

  /**
   * Each line (ended by LF, CR or CRLF) stripped, lines joined by LF, at most one blank line in a
   * row, none first or last. One pass by hand: a stream of lines, a join and a pattern over every
   * text were about a third of the cost of cleaning it.
   */
  private static String linesStripped(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int breaks = 0;
    int start = 0;
    while (start < s.length()) {
      int end = start;
      while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
        end++;
      }
      int from = start;
      int to = end;
      while (from < to && Character.isWhitespace(s.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
        to--;
      }
      if (from < to) {
        if (!out.isEmpty()) {
          out.append(breaks > 1 ? "\n\n" : "\n");
        }
        out.append(s, from, to);
        breaks = 0;
      }
      breaks++;
      start = end < s.length() && s.charAt(end) == '\r' && end + 1 < s.length() && s.charAt(end + 1) == '\n'
          ? end + 2 : end + 1;
    }
    return out.toString();
  }

  /**
   * The text without invisible characters (zero-width spaces and joiners, word joiner, BOM, soft
   * hyphen) and with each run of spaces, tabs and fixed-width or no-break spaces as one plain
   * space. One pass by hand: two patterns over every text were most of the cost of cleaning it.
   */
  private static String oneSpace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
        case ' ', '\t', '\u00A0', '\u2007', '\u202F', '\u3000' -> space = true;
        default -> {
          if (space) {
            out.append(' ');
            space = false;
          }
          out.append(c);
        }
      }
    }
    return space ? out.append(' ').toString() : out.toString();
  }

  public static boolean hasMarkup(String text) {
    // Most texts have neither a '<' nor a '&': no need to run the pattern at every position.
    return text != null && (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) && MARKUP.matcher(text).find();
  }

  /** The text of an HTML fragment, block elements as line breaks; scripts and styles dropped. */
  public static String markupToText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("script, style, noscript, iframe").remove();
    return blockText(doc.body());
  }

  /** Text of an element with a line break around each block element and at each {@code <br>}. */
  static String blockText(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          out.append(text.getWholeText());
        } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
          out.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          out.append('\n');
        }
      }
    }, root);
    return out.toString();
  }

  /** Cleans a field that may be HTML: markup to text, then {@link #normalize}. */
  public static String clean(String text) {
    return normalize(hasMarkup(text) ? markupToText(text) : text);
  }
}
