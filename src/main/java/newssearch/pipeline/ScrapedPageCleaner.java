package newssearch.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the article out of a scraped page's text: drops view counters, photo captions and credits,
 * the headline repeated, and the social, subscription and "read also" footer; keeps the lede and
 * the paragraphs, attribution included.
 */
public final class ScrapedPageCleaner {

  private static final Pattern COUNTER = Pattern.compile("[\\d\\s.,]+[kKкК]?");
  private static final Pattern CAPTION = Pattern.compile("(?iu).*(фото|photo|foto|иллюстрация|источник фото|кадр)\\s*[:©—-].{0,80}");
  /** Lines that start the page's footer: everything from the first of them on goes. */
  private static final Pattern FOOTER = Pattern.compile(
      "(?iu)(telegram|подписаться|подпишитесь.*|подписывайтесь.*|читайте (также|еще|ещё|нас).*|"
          + "поделиться.*|share.*|следите за (нами|новостями).*|новости партнеров.*|реклама|"
          + "присоединяйтесь к нам.*|наш канал.*|другие новости.*|похожие новости.*)");
  /**
   * Matched against the lowercased text: a case-insensitive pattern folds the case of every
   * character it compares at every position, which made this the costliest step of cleaning an article.
   */
  private static final Pattern OUTLET = Pattern.compile(
      "(?:переда[её]т|сообщает|пишет|информирует)\\s+(?:корреспондент\\s+)?((?:[a-z0-9-]+\\.)+[a-z]{2,})");
  /** How far before a domain its attribution may start: the longest verb, «корреспондент», the spaces. */
  private static final int ATTRIBUTION = 64;

  private ScrapedPageCleaner() {}

  /** The page's paragraphs without its clutter. */
  public static List<String> paragraphs(String title, String text) {
    String normalizedTitle = comparable(title);
    List<String> kept = new ArrayList<>();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (s.isEmpty() || COUNTER.matcher(s).matches() || isCaption(s) || repeatsTitle(s, normalizedTitle)) {
        continue;
      }
      if (FOOTER.matcher(s).matches()) {
        // Before the article a social link is one line of clutter; after it, the footer begins.
        if (kept.isEmpty()) {
          continue;
        }
        break;
      }
      kept.add(s);
    }
    return kept;
  }

  /** The outlet an article says it relays ("передает inbusiness.kz со ссылкой на Акорду" → inbusiness.kz). */
  public static Optional<String> statedOutlet(String text) {
    // A domain has a dot before a Latin letter; only the words just before each domain are read.
    // Lowercasing and scanning every text whole was the costliest step of assembling an article.
    int dot = text.indexOf('.');
    while (dot >= 0 && dot + 1 < text.length()) {
      if (!isLatinLetter(text.charAt(dot + 1))) {
        dot = text.indexOf('.', dot + 1);
        continue;
      }
      int start = dot;
      while (start > 0 && isDomainCharacter(text.charAt(start - 1))) {
        start--;
      }
      int end = dot + 1;
      while (end < text.length() && isDomainCharacter(text.charAt(end))) {
        end++;
      }
      Matcher m = OUTLET.matcher(text.substring(Math.max(0, start - ATTRIBUTION), end).toLowerCase(Locale.ROOT));
      if (m.find()) {
        return Optional.of(m.group(1));
      }
      dot = text.indexOf('.', end);
    }
    return Optional.empty();
  }

  private static boolean isLatinLetter(char c) {
    char lower = Character.toLowerCase(c);
    return lower >= 'a' && lower <= 'z';
  }

  private static boolean isDomainCharacter(char c) {
    return isLatinLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
  }

  private static boolean isCaption(String line) {
    return line.length() < 300 && CAPTION.matcher(line).matches();
  }

  private static boolean repeatsTitle(String line, String normalizedTitle) {
    return !normalizedTitle.isEmpty() && comparable(line).equals(normalizedTitle);
  }

  private static String comparable(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
