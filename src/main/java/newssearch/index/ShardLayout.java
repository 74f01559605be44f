package newssearch.index;

/**
 * Shards and replicas as configured ({@code news.index.shards}, {@code news.index.replicas}), laid
 * over the definition file's settings when an index is created, so that one file serves a laptop
 * and a cluster. A null keeps what the file says.
 */
public record ShardLayout(Integer shards, Integer replicas) {

  public static final ShardLayout AS_DEFINED = new ShardLayout(null, null);

  public ShardLayout {
    if (shards != null && shards < 1) {
      throw new IllegalArgumentException("news.index.shards must be at least 1, not " + shards);
    }
    if (replicas != null && replicas < 0) {
      throw new IllegalArgumentException("news.index.replicas must be 0 or more, not " + replicas);
    }
  }

  /** The same replicas; the shards the file says (the service's side indices are too small to split). */
  public ShardLayout replicasOnly() {
    return new ShardLayout(null, replicas);
  }

  /** The same shards with this many replicas. */
  public ShardLayout withReplicas(int count) {
    return new ShardLayout(shards, count);
  }
}
