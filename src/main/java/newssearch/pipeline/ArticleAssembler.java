package newssearch.pipeline;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newssearch.article.Article;
import newssearch.article.ArticleIds;
import newssearch.pipeline.read.SourceRecord;

/**
 * Turns what a reader found into a clean article: text normalised and stripped of page clutter,
 * title, lede and body told apart, URL canonical, date parsed, id stable. Enrichment comes after.
 */
public final class ArticleAssembler {

  private static final int MAX_TITLE = 300;

  private final int maxArticleChars;

  public ArticleAssembler(int maxArticleChars) {
    this.maxArticleChars = maxArticleChars;
  }

  public Article assemble(SourceRecord record, Instant now) throws InvalidArticleException {
    String rawText = record.text() == null ? "" : record.text();
    if (rawText.length() > maxArticleChars) {
      throw new InvalidArticleException(String.format(Locale.ROOT, "article too large: %.1f MB of text (limit %.1f MB)",
          rawText.length() / 1048576.0, maxArticleChars / 1048576.0));
    }
    String title = TextCleaner.clean(record.title());
    String text = TextCleaner.clean(rawText);
    List<String> paragraphs = record.layout() == SourceRecord.Layout.SCRAPED_PAGE
        ? ScrapedPageCleaner.paragraphs(title, text)
        : paragraphs(text);
    String givenLede = TextCleaner.clean(record.lede());
    if (paragraphs.isEmpty() && !givenLede.isEmpty()) {
      // Video pages in news dumps carry only a summary: that is their text.
      paragraphs = paragraphs(givenLede);
      givenLede = "";
    }
    if (paragraphs.isEmpty()) {
      throw new InvalidArticleException("empty text");
    }
    if (title.isEmpty()) {
      title = headlineFrom(paragraphs.get(0));
    }
    if (title.length() > MAX_TITLE) {
      title = cut(title, MAX_TITLE);
    }
    String lede = givenLede.isEmpty() ? paragraphs.get(0) : givenLede;
    String body = String.join("\n\n", givenLede.isEmpty() ? paragraphs.subList(1, paragraphs.size()) : paragraphs);

    String url = ArticleIds.canonicalUrl(record.url()).filter(ArticleAssembler::namesAnArticle).orElse(null);
    // From the input as read, not as cleaned: better cleaning must update an article, not duplicate it.
    String id = ArticleIds.idFor(url, record.key(), record.title(), rawText);
    Instant published = DateParser.parse(record.publishedAt()).or(() -> DateParser.fromUrl(url)).orElse(null);
    return new Article(id, url, source(record, url, text), title, lede, body, published, now,
        language(record.language()), List.of(), List.of(), List.of(), tags(record.tags()),
        ArticleIds.contentHash(title, lede, body), null, null, null);
  }

  /**
   * Runs today's cleaning again over an article as stored, for a reindex: the same id (so nothing
   * is duplicated), the text fields and tags cleaned, the content hash recomputed. Rules that need
   * the page as scraped (page clutter) only run again when rebuilding from the original files.
   * A first copy stays marked as having copies: a reindex marks again the first copies of the copies
   * it finds, and a mark left on a story that no longer has copies costs search one request, no more.
   * The near-duplicate signature is left to enrichment, which finds the story again.
   */
  public static Article reclean(Article stored) {
    String title = TextCleaner.clean(stored.title());
    if (title.length() > MAX_TITLE) {
      title = cut(title, MAX_TITLE);
    }
    String lede = TextCleaner.clean(stored.lede());
    String body = TextCleaner.clean(stored.body());
    return new Article(stored.id(), stored.url(), stored.source(), title, lede, body, stored.publishedAt(),
        stored.ingestedAt(), stored.language(), stored.people(), stored.organizations(), stored.places(),
        tags(stored.tags() == null ? List.of() : stored.tags()), ArticleIds.contentHash(title, lede, body),
        stored.duplicateOf(), stored.hasCopies(), null);
  }

  private static List<String> paragraphs(String text) {
    return text.lines().filter(l -> !l.isBlank()).toList();
  }

  /** A site's front page (path "/") is a placeholder some corpora use, not the article's address. */
  private static boolean namesAnArticle(String url) {
    String path = URI.create(url).getRawPath();
    return path != null && path.length() > 1;
  }

  private static String source(SourceRecord record, String url, String text) {
    if (record.source() != null && !record.source().isBlank()) {
      return record.source().strip();
    }
    return ScrapedPageCleaner.statedOutlet(text)
        .or(() -> java.util.Optional.ofNullable(url).map(u -> URI.create(u).getHost().replaceFirst("^www\\.", "")))
        .orElse(null);
  }

  /** A headline for inputs that have none (posts, bare texts): the first line if short, else its first sentence. */
  static String headlineFrom(String firstParagraph) {
    if (firstParagraph.length() <= 160) {
      return firstParagraph;
    }
    int end = firstParagraph.indexOf(". ");
    return end > 20 && end < 160 ? firstParagraph.substring(0, end + 1) : cut(firstParagraph, 160);
  }

  private static String cut(String s, int max) {
    int space = s.lastIndexOf(' ', max - 1);
    return s.substring(0, space > max / 2 ? space : max - 1) + "…";
  }

  private static String language(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    String code = declared.strip().toLowerCase(Locale.ROOT);
    return code.length() >= 2 ? code.substring(0, 2) : null;
  }

  private static List<String> tags(List<String> tags) {
    List<String> clean = new ArrayList<>();
    for (String tag : tags) {
      String t = TextCleaner.normalize(tag);
      if (!t.isEmpty() && t.length() <= 100 && !clean.contains(t)) {
        clean.add(t);
      }
    }
    return clean;
  }
}
