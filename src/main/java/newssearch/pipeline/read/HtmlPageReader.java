package newssearch.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML article page: the article's text taken from the page (its {@code <article>}, else the
 * element holding the most paragraph text), title and date from {@code og:}/{@code article:} meta
 * and {@code <time>}, address from the canonical link. Navigation, sidebars, comments and footers
 * are left out. A page without an article (a front page, an error page) is rejected.
 */
final class HtmlPageReader implements RecordReader {

  private static final int MIN_TEXT = 200;
  private static final String CLUTTER = "nav, header, footer, aside, form, script, style, noscript, iframe, "
      + "[class~=(?i)(comment|sidebar|related|share|social|subscribe|advert|promo|banner|menu)], "
      + "[id~=(?i)(comment|sidebar|related|share|social|subscribe|advert|promo|banner|menu)]";

  @Override
  public void read(InputFile file, InputStream in, RecordSink sink) throws IOException {
    Document page = Jsoup.parse(in, null, file.name());
    String title = firstNonBlank(meta(page, "og:title"), page.title(), text(page.selectFirst("h1")));
    String published = firstNonBlank(meta(page, "article:published_time"), meta(page, "date"), meta(page, "pubdate"),
        attr(page.selectFirst("time[datetime]"), "datetime"));
    // A page fetched from the web (ingest URL, a followed index page) is at least where it was fetched.
    String fetchedFrom = file.name().startsWith("http://") || file.name().startsWith("https://") ? file.name() : null;
    String url = firstNonBlank(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"), fetchedFrom);
    String language = attr(page.selectFirst("html[lang]"), "lang");
    List<String> tags = new ArrayList<>();
    page.select("meta[property=article:tag]").forEach(m -> tags.add(m.attr("content")));

    page.select(CLUTTER).remove();
    Element main = page.selectFirst("article");
    if (main == null || paragraphText(main) < MIN_TEXT) {
      main = densest(page.body());
    }
    List<String> paragraphs = new ArrayList<>();
    if (main != null) {
      main.select("p, h2, h3, blockquote, li").forEach(p -> {
        if (!p.text().isBlank() && p.parents().stream().noneMatch(a -> a.nameIs("p") || a.nameIs("blockquote"))) {
          paragraphs.add(p.text());
        }
      });
      paragraphs.remove(title);
    }
    if (paragraphs.stream().mapToInt(String::length).sum() < MIN_TEXT) {
      sink.reject(Rejection.of(file.name(), 0, "no article text found in the HTML page", title));
      return;
    }
    sink.accept(new SourceRecord(file.name(), 0, url, null, title, null, String.join("\n", paragraphs), published, meta(page, "og:site_name"), tags,
        language.isEmpty() ? null : language.toLowerCase(Locale.ROOT), SourceRecord.Layout.PLAIN));
  }

  /** The element whose own {@code <p>} children hold the most text: the article body on most news pages. */
  private static Element densest(Element body) {
    Element best = null;
    int bestLength = 0;
    if (body == null) {
      return null;
    }
    for (Element candidate : body.select("*")) {
      int length = candidate.children().stream().filter(c -> c.nameIs("p")).mapToInt(c -> c.text().length()).sum();
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return best;
  }

  private static int paragraphText(Element e) {
    return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
  }

  private static String meta(Document page, String name) {
    Element m = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return m == null ? "" : m.attr("content").strip();
  }

  private static String attr(Element e, String name) {
    return e == null ? "" : e.attr(name).strip();
  }

  private static String text(Element e) {
    return e == null ? "" : e.text().strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
