package newssearch.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The search page.
 *
 * @param numberedPages  result pages linked by number; beyond them "more" pages on by cursor
 * @param articleCopies  near-duplicates listed under an article at most
 */
@ConfigurationProperties("news.web")
record WebPageProperties(int numberedPages, int articleCopies) {}
