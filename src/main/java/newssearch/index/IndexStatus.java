package newssearch.index;

/**
 * What the alias points at and whether that index was built from the current definition.
 *
 * @param alias        the alias name
 * @param index        the index behind it, or null when the alias does not exist yet
 * @param documents    documents in that index
 * @param liveHash     the mapping hash recorded in the index's {@code _meta} (null if none)
 * @param currentHash  the hash of the definition this service would build from now
 */
public record IndexStatus(String alias, String index, long documents, String liveHash, String currentHash) {

  public boolean exists() {
    return index != null;
  }

  /** True when the live index was built from other mapping files than the current ones. */
  public boolean reindexNeeded() {
    return exists() && !currentHash.equals(liveHash);
  }
}
