package newssearch.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The index's settings and mappings as written in {@code index-mappings/news.json}, and their hash,
 * which is stored in every index's {@code _meta} so a changed file is noticed.
 */
public record IndexDefinition(byte[] json, String hash) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLASSPATH = "classpath:";

  public static IndexDefinition load(String location) {
    try {
      return of(read(location));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the index definition " + location + ": " + e.getMessage(), e);
    }
  }

  static IndexDefinition of(byte[] json) {
    try {
      return new IndexDefinition(json, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] read(String location) throws IOException {
    if (!location.startsWith(CLASSPATH)) {
      return Files.readAllBytes(Path.of(location));
    }
    String resource = location.substring(CLASSPATH.length());
    try (InputStream in = IndexDefinition.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the class path");
      }
      return in.readAllBytes();
    }
  }

  /** The create-index body: the file with {@code layout} laid over its settings. */
  public InputStream createIndexBody(ShardLayout layout) {
    return serialize(laidOut(layout));
  }

  /** The create-index body with {@code _meta} recording where the index came from. */
  InputStream createIndexBody(ShardLayout layout, Map<String, String> meta) {
    ObjectNode body = laidOut(layout);
    ObjectNode metaNode = body.withObject("/mappings").putObject("_meta");
    metaNode.put(IndexMeta.MAPPING_HASH, hash);
    meta.forEach(metaNode::put);
    return serialize(body);
  }

  private ObjectNode laidOut(ShardLayout layout) {
    ObjectNode body = (ObjectNode) tree();
    if (layout.shards() != null) {
      put(body, "number_of_shards", layout.shards());
    }
    if (layout.replicas() != null) {
      put(body, "number_of_replicas", layout.replicas());
    }
    return body;
  }

  /** Sets {@code settings.index.<name>}, removing the flat spellings Elasticsearch also reads, which would clash. */
  private static void put(ObjectNode body, String name, int value) {
    ObjectNode settings = body.withObject("/settings");
    settings.remove(name);
    settings.remove("index." + name);
    settings.withObject("/index").put(name, value);
  }

  private static InputStream serialize(ObjectNode body) {
    try {
      return new ByteArrayInputStream(JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The refresh interval the definition sets, or null for Elasticsearch's default. */
  public String refreshInterval() {
    JsonNode value = setting("refresh_interval");
    return value.isMissingNode() ? null : value.asText();
  }

  /** The primary shards an index gets: the layout's, else the file's, else Elasticsearch's default, 1. */
  public int shards(ShardLayout layout) {
    if (layout.shards() != null) {
      return layout.shards();
    }
    JsonNode value = setting("number_of_shards");
    return value.isMissingNode() ? 1 : value.asInt();
  }

  /** The replicas of each shard an index gets: the layout's, else the file's, else Elasticsearch's default, 1. */
  public int replicas(ShardLayout layout) {
    if (layout.replicas() != null) {
      return layout.replicas();
    }
    JsonNode value = setting("number_of_replicas");
    return value.isMissingNode() ? 1 : value.asInt();
  }

  /** An index setting as the file writes it, nested ({@code index.x} in {@code settings}) or flat. */
  private JsonNode setting(String name) {
    JsonNode settings = tree().path("settings");
    for (JsonNode value : new JsonNode[] {settings.path("index").path(name), settings.path("index." + name),
        settings.path(name)}) {
      if (!value.isMissingNode()) {
        return value;
      }
    }
    return MissingNode.getInstance();
  }

  private JsonNode tree() {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("The index definition is not valid JSON: " + e.getMessage(), e);
    }
  }

  public String shortHash() {
    return hash.substring(0, 12);
  }
}
