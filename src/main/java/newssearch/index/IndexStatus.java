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
 * @param shards            the live index's shards and replicas and how many are unassigned (null without an index)
 * @param configuredShards  the primary shards a new index would get now ({@code news.index.shards} or the file's)
 */
public record IndexStatus(String alias, String index, long documents, String liveHash, String currentHash,
    String liveEnrichment, String currentEnrichment, Shards shards, int configuredShards) {

  /**
   * @param primaries  primary shards
   * @param replicas   replicas of each primary
   * @param unassigned shard copies (primaries and replicas) no node holds
   */
  public record Shards(int primaries, int replicas, int unassigned) {}

  public boolean exists() {
    return index != null;
  }

  /** True when the live index was built from other mapping files or other enrichment data than the current ones. */
  public boolean reindexNeeded() {
    return mappingsChanged() || enrichmentChanged() || shardsChanged();
  }

  /** The number of primary shards is fixed when an index is created: another one takes a reindex. */
  public boolean shardsChanged() {
    return exists() && shards.primaries() != configuredShards;
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
    if (shardsChanged()) {
      reasons.add("the live index has " + shards.primaries() + " primary shard(s), " + configuredShards + " are configured");
    }
    return String.join("; ", reasons);
  }

  static String abbreviate(String hash) {
    return hash == null ? "(unknown)" : hash.substring(0, Math.min(12, hash.length()));
  }
}
