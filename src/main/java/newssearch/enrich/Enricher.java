package newssearch.enrich;

import newssearch.article.Article;

/**
 * Adds what the text implies to an article: its language (detected; a declared language is kept
 * when the text is too short to tell). The same code runs at ingest and at reindex.
 */
public final class Enricher {

  private final LanguageDetector languages = new LanguageDetector();

  public Article enrich(Article article) {
    String detected = languages.detect(article.fullText());
    String language = detected.equals(LanguageDetector.UNDETERMINED) && article.language() != null
        ? article.language() : detected;
    return article.withLanguage(language);
  }
}
