package newssearch.ingest;

import java.time.Instant;

/**
 * Published after a load of this process has written new or changed articles and made them
 * searchable: every one of them has an {@code ingested_at} in {@code (after, until]}. Saved
 * searches' alerts listen for it.
 *
 * @param written articles new or updated
 */
public record ArticlesIngested(Instant after, Instant until, long written) {}
