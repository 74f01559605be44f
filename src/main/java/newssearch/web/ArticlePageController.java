package newssearch.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import newssearch.search.MarkedArticle;
import newssearch.search.SearchParameters;
import newssearch.search.SearchService;
import newssearch.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /articles/{id}}: the cleaned article, the query's words marked, its entities and its copies. */
@Controller
class ArticlePageController {

  private final SearchService search;
  private final WebPageProperties properties;

  ArticlePageController(SearchService search, WebPageProperties properties) {
    this.search = search;
    this.properties = properties;
  }

  @GetMapping("/articles/{id}")
  String showArticle(@PathVariable String id, SearchParameters parameters, HttpServletRequest request, Model model)
      throws IOException {
    MarkedArticle article = search.markedArticle(id, parameters.onePage(), properties.articleCopies())
        .orElseThrow(() -> new NotFoundException("No article with id " + id + "."));
    model.addAttribute("links", SearchLinks.of(request.getParameterMap()));
    model.addAttribute("marked", article);
    model.addAttribute("article", article.article());
    model.addAttribute("paragraphs", paragraphs(article.bodyHtml()));
    model.addAttribute("showLede", !article.ledeHtml().isEmpty()
        && !repeatsTitle(article.article().lede(), article.article().title()));
    return "article";
  }

  /**
   * Whether a lede only says the title again: many sources (BSNLP among them) open the text with
   * the headline, and the page would show it twice, once in bold.
   */
  static boolean repeatsTitle(String lede, String title) {
    return lede != null && title != null && words(lede).equals(words(title));
  }

  private static String words(String text) {
    return text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The body's paragraphs (the cleaner separates them with a blank line); marks never span one. */
  static List<String> paragraphs(String html) {
    return Arrays.stream(html.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
