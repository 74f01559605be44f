package newssearch.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How saved searches tell their webhooks and mailboxes of new matches.
 *
 * @param checkEvery how often every saved search is run over what was stored since its last alert, besides the
 *                   check after each load of this process (loads by other processes are found this way)
 * @param settle     a check looks at articles stored up to this long ago, so that the articles of a load
 *                   still on its way (bulk requests, refresh) are not passed over
 * @param maxMatches matches sent in one alert at most, newest first; the alert says how many there were
 * @param timeout    a webhook that has not answered by then has failed
 * @param maxBackoff a failing receiver is tried again after 10 s, then twice as long each time, up to this
 * @param mailFrom   the From address of alert e-mails (the SMTP server is Spring's {@code spring.mail.*})
 */
@ConfigurationProperties("news.alerts")
public record AlertsProperties(Duration checkEvery, Duration settle, int maxMatches, Duration timeout,
    Duration maxBackoff, String mailFrom) {}
