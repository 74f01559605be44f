package newssearch.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How results are ranked.
 *
 * @param recencyBoost at most this much is added to the score of an article published now, for
 *                     ranking by relevance; 0 turns the recency factor off
 * @param recencyPivot an article this old gets half the boost, one twice as old a third
 */
@ConfigurationProperties("news.search")
public record SearchProperties(double recencyBoost, Duration recencyPivot) {

  Recency recency() {
    return new Recency(recencyBoost, recencyPivot);
  }
}
