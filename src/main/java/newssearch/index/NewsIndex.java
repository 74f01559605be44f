package newssearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final ElasticsearchClient client;
  private final String alias;
  private final IndexDefinition definition;

  public NewsIndex(ElasticsearchClient client, IndexProperties properties) {
    this.client = client;
    this.alias = properties.alias();
    this.definition = IndexDefinition.load(properties.mappings());
  }

  public String alias() {
    return alias;
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
          .withJson(definition.createIndexBody(Map.of(
              IndexMeta.PROJECT_VERSION, projectVersion(),
              IndexMeta.CREATED_AT, Instant.now().toString())))
          .aliases(alias, a -> a.isWriteIndex(true)));
    } catch (ElasticsearchException e) {
      // Another service instance may have created it between our look and our create.
      return liveIndex().orElseThrow(() -> e);
    }
    log.info("Created index {} behind alias {} (mappings {})", index, alias, definition.shortHash());
    return index;
  }

  public IndexStatus status() throws IOException {
    Optional<String> live = liveIndex();
    if (live.isEmpty()) {
      return new IndexStatus(alias, null, 0, null, definition.hash());
    }
    long documents = client.count(c -> c.index(alias)).count();
    Map<String, JsonData> meta = client.indices().getMapping(m -> m.index(live.get()))
        .result().get(live.get()).mappings().meta();
    JsonData liveHash = meta == null ? null : meta.get(IndexMeta.MAPPING_HASH);
    return new IndexStatus(alias, live.get(), documents, liveHash == null ? null : liveHash.to(String.class), definition.hash());
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
  private Optional<String> liveIndex() throws IOException {
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
  private String nextIndexName() throws IOException {
    Pattern versioned = Pattern.compile(Pattern.quote(alias) + "-v(\\d+)-.*");
    int highest = client.indices().get(g -> g.index(alias + "-v*").allowNoIndices(true).ignoreUnavailable(true))
        .result().keySet().stream()
        .map(versioned::matcher)
        .filter(Matcher::matches)
        .mapToInt(m -> Integer.parseInt(m.group(1)))
        .max().orElse(0);
    return alias + "-v" + (highest + 1) + "-" + STAMP.format(Instant.now());
  }

  private static String projectVersion() {
    String version = NewsIndex.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
