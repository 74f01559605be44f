package newssearch.index.reindex;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How reindexing jobs run.
 *
 * @param slices        parallel readers of the live index (sliced point-in-time searches)
 * @param pageSize      articles per search page
 * @param catchUpMargin how far before a pass's start the next catch-up pass looks again by
 *                      {@code ingested_at}: covers articles stamped before and written after it
 * @param staleAfter    a job whose heartbeat is older than this is taken for dead (a job of another
 *                      machine; one of this machine is known dead as soon as its process is gone)
 * @param keepOld       earlier indices kept after a switch, for {@code reindex --rollback}
 * @param sampleSize    articles compared field by field before the switch
 * @param allocationTimeout how long, before the switch, to wait for the new index's replicas to be
 *                      allocated (when there are nodes for them); its primaries must be, or the job fails
 */
@ConfigurationProperties("news.reindex")
public record ReindexProperties(int slices, int pageSize, Duration catchUpMargin, Duration staleAfter, int keepOld,
    int sampleSize, Duration allocationTimeout) {}
