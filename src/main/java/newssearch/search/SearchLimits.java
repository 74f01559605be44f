package newssearch.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many searches run at once: those of {@code /api/search}, its Atom feed and the search page.
 * Alerts, feeds and the admin API are not counted.
 *
 * @param maxConcurrent searches that run at once at most; empty derives it from the cluster (see
 *                      {@link SearchCapacity})
 * @param queue         searches that may wait for a turn beyond those; empty: as many as run at once
 * @param maxWait       how long a search waits for a turn at most before it is turned away
 * @param refusalDelay  how long a search turned away at once (the queue full) waits to hear so (see
 *                      {@link SearchAdmissionFilter})
 */
@ConfigurationProperties("news.search")
public record SearchLimits(Integer maxConcurrent, Integer queue, Duration maxWait, Duration refusalDelay) {}
