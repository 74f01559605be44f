package newssearch.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How results are ranked.
 *
 * @param recencyBoost at most this much is added to the score of an article published now, for
 *                     ranking by relevance; 0 turns the recency factor off
 * @param recencyPivot an article this old gets half the boost, one twice as old a third
 * @param rankedBelow  when the strict reading (every word; most understood terms of a translated
 *                     query) finds fewer articles than this, the search ranks the articles holding
 *                     any of the words instead; 0 never does
 */
@ConfigurationProperties("news.search")
public record SearchProperties(double recencyBoost, Duration recencyPivot, int rankedBelow) {

  Recency recency() {
    return new Recency(recencyBoost, recencyPivot);
  }
}
