package newssearch.search;

import java.time.Instant;
import java.util.List;

/**
 * One found article. {@code titleHtml} and {@code snippets} are HTML-escaped text in which the only
 * markup is {@code <mark>…</mark>} around the matched words; {@code duplicates} counts the other
 * copies of the same story folded into this hit; {@code ingestedAt} is when this service stored it.
 */
public record ArticleHit(String id, String url, String source, Instant publishedAt, Instant ingestedAt,
    String language, String title,
    String titleHtml, List<String> snippets, double score, List<String> people, List<String> organizations,
    List<String> places, String duplicateOf, long duplicates) {}
