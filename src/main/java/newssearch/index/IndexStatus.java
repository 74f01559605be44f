package newssearch.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What the alias points at and whether that index was built from the current definition and
 * enrichment data.
 *
 * @param alias             the alias name
 * @param index             the index behind it, or null when the alias does not exist yet
 * @param documents         documents in that index
 * @param liveHash          the mapping hash recorded in the index's {@code _meta} (null if none)
 * @param currentHash       the hash of the definition this service would build from now
 * @param liveEnrichment    the enrichment version recorded in the index's {@code _meta} (null if none)
 * @param currentEnrichment the enrichment version this service would enrich with now
 */
public record IndexStatus(String alias, String index, long documents, String liveHash, String currentHash,
    String liveEnrichment, String currentEnrichment) {

  public boolean exists() {
    return index != null;
  }

  /** True when the live index was built from other mapping files or other enrichment data than the current ones. */
  public boolean reindexNeeded() {
    return mappingsChanged() || enrichmentChanged();
  }

  public boolean mappingsChanged() {
    return exists() && !currentHash.equals(liveHash);
  }

  public boolean enrichmentChanged() {
    return exists() && !currentEnrichment.equals(liveEnrichment);
  }

  /** Why a reindex is needed, for people: empty when none is. */
  public String reindexReason() {
    List<String> reasons = new ArrayList<>();
    if (mappingsChanged()) {
      reasons.add("the live index was built from mappings " + abbreviate(liveHash) + ", index-mappings/ is now "
          + abbreviate(currentHash));
    }
    if (enrichmentChanged()) {
      reasons.add("its enrichment data was " + abbreviate(liveEnrichment) + ", now " + abbreviate(currentEnrichment));
    }
    return String.join("; ", reasons);
  }

  static String abbreviate(String hash) {
    return hash == null ? "(unknown)" : hash.substring(0, Math.min(12, hash.length()));
  }
}
