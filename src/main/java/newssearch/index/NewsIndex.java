package newssearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The news index behind its alias: created from {@code index-mappings/} when missing, and
 * described for {@code status} and health.
 *
 * <p>Reads and writes always name the alias, never a versioned index, so that a reindex can
 * switch every reader and writer at once.
 */
@Component
public class NewsIndex {

  private static final Logger log = LoggerFactory.getLogger(NewsIndex.class);
  // Milliseconds: a reindex rerun removes a dead job's index and names its own within the same
  // second, and a name must never come back for a different index.
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final ElasticsearchClient client;
  private final String alias;
  private final IndexDefinition definition;
  private final ShardLayout layout;
  private final String enrichmentVersion;
  private final Pattern versioned;
  private final ShardAllocation allocation;

  public NewsIndex(ElasticsearchClient client, IndexProperties properties) {
    this.client = client;
    this.allocation = new ShardAllocation(client);
    this.alias = properties.alias();
    this.definition = IndexDefinition.load(properties.mappings());
    this.layout = properties.layout();
    this.enrichmentVersion = EnrichmentVersion.of(properties.enrichmentData(), properties.cleaningRules());
    this.versioned = Pattern.compile(Pattern.quote(alias) + "-v(\\d+)-.*");
  }

  public String alias() {
    return alias;
  }

  /** Shards and replicas as configured over the definition; the side indices take its replicas. */
  public ShardLayout layout() {
    return layout;
  }

  /** The primary shards of an index built now: configured, else the definition's. */
  public int shards() {
    return definition.shards(layout);
  }

  /** Creates the first versioned index and points the alias at it, unless the alias exists. Returns the live index. */
  public String ensureExists() throws IOException {
    Optional<String> live = liveIndex();
    if (live.isPresent()) {
      return live.get();
    }
    String index = nextIndexName();
    try {
      client.indices().create(c -> c
          .index(index)
          .withJson(createIndexBody(layout))
          .aliases(alias, a -> a.isWriteIndex(true)));
    } catch (ElasticsearchException e) {
      // Another service instance may have created it between our look and our create.
      return liveIndex().orElseThrow(() -> e);
    }
    log.info("Created index {} behind alias {} (mappings {})", index, alias, definition.shortHash());
    return index;
  }

  /**
   * Creates a versioned index (named by {@link #nextIndexName}) from the current definition, outside
   * the alias, for a reindex to fill: no periodic refresh and no replicas while it is written
   * ({@link #finishBuilding} puts back the configured ones).
   */
  public void createBuildIndex(String index) throws IOException {
    client.indices().create(c -> c.index(index).withJson(createIndexBody(layout.withReplicas(0))));
    client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("-1"))));
  }

  /** Gives an index built by a reindex the definition's refresh interval and the configured replicas, and refreshes it. */
  public void finishBuilding(String index) throws IOException {
    String interval = definition.refreshInterval();
    client.indices().putSettings(p -> p.index(index).settings(s -> s
        .refreshInterval(t -> t.time(interval == null ? "1s" : interval))
        .numberOfReplicas(String.valueOf(definition.replicas(layout)))));
    client.indices().refresh(r -> r.index(index));
  }

  /**
   * Waits, at most {@code timeout}, for the copies of an index built by a reindex to be allocated:
   * each replica when there are data nodes for it, else each primary. Returns the health reached.
   */
  public HealthStatus awaitAllocated(String index, Duration timeout) throws IOException {
    return allocation.awaitAllocated(index, definition.replicas(layout), timeout);
  }

  /**
   * Brings the live index to the configured replicas, if some are configured: unlike shards, replicas
   * change in place. Returns whether it changed anything.
   */
  public boolean applyReplicas() throws IOException {
    Optional<String> live = liveIndex();
    return layout.replicas() != null && live.isPresent() && allocation.setReplicas(live.get(), layout.replicas());
  }

  private InputStream createIndexBody(ShardLayout shards) {
    return definition.createIndexBody(shards, Map.of(
        IndexMeta.ENRICHMENT_VERSION, enrichmentVersion,
        IndexMeta.PROJECT_VERSION, projectVersion(),
        IndexMeta.CREATED_AT, Instant.now().toString()));
  }

  public IndexStatus status() throws IOException {
    Optional<String> live = liveIndex();
    int configuredShards = shards();
    if (live.isEmpty()) {
      return new IndexStatus(alias, null, 0, null, definition.hash(), null, enrichmentVersion, null, configuredShards);
    }
    long documents = client.count(c -> c.index(alias)).count();
    Map<String, JsonData> meta = client.indices().getMapping(m -> m.index(live.get()))
        .result().get(live.get()).mappings().meta();
    return new IndexStatus(alias, live.get(), documents, metaValue(meta, IndexMeta.MAPPING_HASH), definition.hash(),
        metaValue(meta, IndexMeta.ENRICHMENT_VERSION), enrichmentVersion, allocation.shards(live.get()), configuredShards);
  }

  private static String metaValue(Map<String, JsonData> meta, String key) {
    JsonData value = meta == null ? null : meta.get(key);
    return value == null ? null : value.to(String.class);
  }

  /**
   * Switches periodic refresh off for a large load: segments are then written once, at the end,
   * instead of every second. {@link #restoreRefresh} must follow, also when the load fails.
   */
  public void relaxRefresh() throws IOException {
    client.indices().putSettings(p -> p.index(alias).settings(s -> s.refreshInterval(t -> t.time("-1"))));
  }

  /** Puts back the definition's refresh interval and makes everything written so far searchable. */
  public void restoreRefresh() throws IOException {
    String interval = definition.refreshInterval();
    client.indices().putSettings(p -> p.index(alias).settings(s -> s.refreshInterval(t -> t.time(interval == null ? "1s" : interval))));
    client.indices().refresh(r -> r.index(alias));
  }

  /** True when refresh is off, which only an interrupted large load leaves behind. */
  public boolean refreshIsOff() throws IOException {
    Optional<String> live = liveIndex();
    if (live.isEmpty()) {
      return false;
    }
    var settings = client.indices().getSettings(g -> g.index(live.get())).result().get(live.get()).settings();
    return settings != null && settings.index() != null && settings.index().refreshInterval() != null
        && "-1".equals(settings.index().refreshInterval().time());
  }

  /** The index the alias writes to; with one index behind the alias, that one. */
  public Optional<String> liveIndex() throws IOException {
    if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
      return Optional.empty();
    }
    GetAliasResponse aliases = client.indices().getAlias(a -> a.name(alias));
    return aliases.result().entrySet().stream()
        .filter(e -> aliases.result().size() == 1
            || Boolean.TRUE.equals(e.getValue().aliases().get(alias).isWriteIndex()))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** {@code <alias>-v<N>-<utc stamp>}, N one above the highest version present. */
  public String nextIndexName() throws IOException {
    List<String> versions = versions();
    int highest = versions.isEmpty() ? 0 : version(versions.get(versions.size() - 1));
    return alias + "-v" + (highest + 1) + "-" + STAMP.format(Instant.now());
  }

  /**
   * Moves the alias from one index to another in one {@code _aliases} call, so every reader and
   * writer sees either the old index or the new one, never both or neither. Fails, changing
   * nothing, if the alias is no longer on {@code from}, or if a primary shard of {@code to} is not
   * allocated (looked at just before).
   */
  public void switchAlias(String from, String to) throws IOException {
    allocation.requireAssignedPrimaries(to);
    client.indices().updateAliases(u -> u
        .actions(a -> a.remove(r -> r.index(from).alias(alias).mustExist(true)))
        .actions(a -> a.add(add -> add.index(to).alias(alias).isWriteIndex(true))));
    log.info("Alias {} moved from {} to {}", alias, from, to);
  }

  /** Deletes a versioned index; refuses the one the alias points at. */
  public void deleteIndex(String index) throws IOException {
    if (liveIndex().filter(index::equals).isPresent()) {
      throw new IllegalStateException(index + " is the live index behind " + alias + "; it is never deleted");
    }
    client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    log.info("Deleted index {}", index);
  }

  /** Every versioned index of this alias, oldest version first. */
  public List<String> versions() throws IOException {
    return client.indices().get(g -> g.index(alias + "-v*").allowNoIndices(true).ignoreUnavailable(true))
        .result().keySet().stream()
        .filter(name -> versioned.matcher(name).matches())
        .sorted(Comparator.comparingInt(this::version))
        .toList();
  }

  private int version(String index) {
    Matcher m = versioned.matcher(index);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String projectVersion() {
    String version = NewsIndex.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
