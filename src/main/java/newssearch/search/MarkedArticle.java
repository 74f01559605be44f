package newssearch.search;

import java.util.List;
import newssearch.article.Article;

/**
 * An article to read after a search: {@code titleHtml}, {@code ledeHtml} and {@code bodyHtml} are
 * its whole text HTML-escaped, the search's words marked with {@code <mark>} (the only markup).
 *
 * @param copies the other copies of the same story (near-duplicates), oldest first
 */
public record MarkedArticle(Article article, String titleHtml, String ledeHtml, String bodyHtml,
    List<ArticleHit> copies) {}
