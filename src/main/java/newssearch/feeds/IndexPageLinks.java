package newssearch.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newssearch.article.ArticleIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article links of an HTML index page (a front page, a section, a tag page): links to pages of
 * the same site whose address looks like an article's — a path of two or more parts, or one with a
 * number — not to the page itself, files or the site's navigation. Pure: the page's text in, links out.
 */
final class IndexPageLinks {

  private static final Set<String> FILES = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "pdf", "css", "js",
      "xml", "rss", "zip", "mp3", "mp4");

  private IndexPageLinks() {}

  /** Canonical article URLs in page order, each once. */
  static List<String> of(byte[] html, URI page) {
    Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), page.toString());
    doc.select("nav, header, footer, aside").remove();
    String host = host(page);
    String self = ArticleIds.canonicalUrl(page.toString()).orElse("");
    List<String> links = new ArrayList<>();
    Set<String> ids = new HashSet<>(); // one article, whichever of its addresses (www., http or https)
    for (Element a : doc.select("a[href]")) {
      String url = ArticleIds.canonicalUrl(a.absUrl("href")).orElse(null);
      if (url == null || url.equals(self)) {
        continue;
      }
      URI uri = URI.create(url);
      if (host(uri).equals(host) && looksLikeArticle(uri.getPath()) && ids.add(ArticleIds.idFor(url, null, null, null))) {
        links.add(url);
      }
    }
    return links;
  }

  private static boolean looksLikeArticle(String path) {
    if (path == null || path.length() < 2) {
      return false;
    }
    String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    int dot = last.lastIndexOf('.');
    if (dot >= 0 && FILES.contains(last.substring(dot + 1))) {
      return false;
    }
    long parts = path.chars().filter(c -> c == '/').count();
    return parts >= 2 || path.chars().anyMatch(Character::isDigit);
  }

  private static String host(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
