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
 */
@ConfigurationProperties("news.index")
public record IndexProperties(String alias, String mappings, List<String> enrichmentData, String cleaningRules) {

  /** Not the glossary: queries read it, articles never do, so a new entry needs no reindex. */
  static final List<String> DEFAULT_ENRICHMENT_DATA = List.of("classpath:enrich/gazetteer.tsv");
  static final String DEFAULT_CLEANING_RULES = "1";

  @ConstructorBinding
  public IndexProperties {
    enrichmentData = enrichmentData == null ? DEFAULT_ENRICHMENT_DATA : List.copyOf(enrichmentData);
    cleaningRules = cleaningRules == null ? DEFAULT_CLEANING_RULES : cleaningRules;
  }

  /** The index with the enrichment data the jar carries. */
  public IndexProperties(String alias, String mappings) {
    this(alias, mappings, null, null);
  }
}
