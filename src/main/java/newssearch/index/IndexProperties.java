package newssearch.index;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The news index.
 *
 * @param alias          the alias every read and write goes through; versioned indices are named
 *                       {@code <alias>-v<N>-<timestamp>}
 * @param mappings       the settings-and-mappings file the index is built from: {@code classpath:…} (the
 *                       copy of {@code index-mappings/news.json} inside the jar) or a file path
 * @param enrichmentData the data files whose content decides what enrichment produces (the
 *                       gazetteer); their hash, with {@code cleaningRules}, is the enrichment version
 * @param cleaningRules  the version of the cleaning code's rules, raised whenever cleaning would
 *                       produce other text from the same input
 * @param shards         primary shards of a new news index (created or reindexed); empty keeps the
 *                       definition file's
 * @param replicas       replicas of each shard of a new news index and of the service's side indices
 *                       (feeds, saved searches, jobs); empty keeps the definition files'
 */
@ConfigurationProperties("news.index")
public record IndexProperties(String alias, String mappings, List<String> enrichmentData, String cleaningRules,
    Integer shards, Integer replicas) {

  /** Not the glossary: queries read it, articles never do, so a new entry needs no reindex. */
  static final List<String> DEFAULT_ENRICHMENT_DATA = List.of("classpath:enrich/gazetteer.tsv");
  static final String DEFAULT_CLEANING_RULES = "2";

  @ConstructorBinding
  public IndexProperties {
    enrichmentData = enrichmentData == null ? DEFAULT_ENRICHMENT_DATA : List.copyOf(enrichmentData);
    cleaningRules = cleaningRules == null ? DEFAULT_CLEANING_RULES : cleaningRules;
  }

  /** The index with the enrichment data the jar carries, shards and replicas as the definition says. */
  public IndexProperties(String alias, String mappings) {
    this(alias, mappings, null, null, null, null);
  }

  /** The index with these enrichment data, shards and replicas as the definition says. */
  public IndexProperties(String alias, String mappings, List<String> enrichmentData, String cleaningRules) {
    this(alias, mappings, enrichmentData, cleaningRules, null, null);
  }

  /** Shards and replicas to lay over the definition files. */
  public ShardLayout layout() {
    return new ShardLayout(shards, replicas);
  }
}
