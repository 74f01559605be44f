package newssearch.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How articles are written to the index.
 *
 * @param batchOperations    articles per bulk request at most
 * @param batchMegabytes     size of a bulk request at most
 * @param concurrentRequests bulk requests in flight at once; reading waits when they are all busy
 * @param maxArticleMegabytes an article with more text than this is rejected
 * @param relaxRefreshAbove  loads with more input than this (MB) switch index refresh off while they run
 * @param knownStories       the newest stories (first copies) near-duplicates are looked for among;
 *                           about 1.7 KB of heap each
 */
@ConfigurationProperties("news.ingest")
public record IngestProperties(int batchOperations, int batchMegabytes, int concurrentRequests,
    int maxArticleMegabytes, int relaxRefreshAbove, int knownStories) {}
