package newssearch.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  /** The create-index body: the file as written, with {@code _meta} recording where it came from. */
  InputStream createIndexBody(Map<String, String> meta) {
    try {
      ObjectNode body = (ObjectNode) JSON.readTree(json);
      ObjectNode metaNode = body.withObject("/mappings").putObject("_meta");
      metaNode.put(IndexMeta.MAPPING_HASH, hash);
      meta.forEach(metaNode::put);
      return new ByteArrayInputStream(JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException("index-mappings/news.json is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** The refresh interval the definition sets, or null for Elasticsearch's default. */
  public String refreshInterval() {
    try {
      JsonNode value = JSON.readTree(json).at("/settings/index/refresh_interval");
      return value.isMissingNode() ? null : value.asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of replicas the definition sets; Elasticsearch's default is 1. */
  public String replicas() {
    try {
      JsonNode value = JSON.readTree(json).at("/settings/index/number_of_replicas");
      return value.isMissingNode() ? "1" : value.asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String shortHash() {
    return hash.substring(0, 12);
  }
}
