package newssearch.index;

/** Keys of the {@code _meta} object each versioned index carries. */
final class IndexMeta {
  static final String MAPPING_HASH = "mapping_hash";
  static final String ENRICHMENT_VERSION = "enrichment_version";
  static final String PROJECT_VERSION = "project_version";
  static final String CREATED_AT = "created_at";

  private IndexMeta() {}
}
