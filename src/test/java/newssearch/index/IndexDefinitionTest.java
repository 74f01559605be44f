package newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexDefinitionTest {

  private final IndexDefinition definition = IndexDefinition.load("classpath:index-mappings/news.json");

  @Test
  void hashFollowsTheFileContent() {
    assertThat(definition.hash()).hasSize(64).isEqualTo(IndexDefinition.load("classpath:index-mappings/news.json").hash());
    String changed = new String(definition.json(), StandardCharsets.UTF_8) + " ";
    assertThat(IndexDefinition.of(changed.getBytes(StandardCharsets.UTF_8)).hash()).isNotEqualTo(definition.hash());
  }

  @Test
  void createBodyRecordsTheHashInMeta() throws IOException {
    JsonNode body = new ObjectMapper().readTree(definition.createIndexBody(ShardLayout.AS_DEFINED,
        Map.of("project_version", "1.2.3")));
    assertThat(body.at("/mappings/_meta/mapping_hash").asText()).isEqualTo(definition.hash());
    assertThat(body.at("/mappings/_meta/project_version").asText()).isEqualTo("1.2.3");
    assertThat(body.at("/settings/analysis/analyzer/russian_text").isObject()).isTrue();
  }

  @Test
  void theFileDecidesShardsAndReplicasUnlessConfigured() throws IOException {
    JsonNode asDefined = new ObjectMapper().readTree(definition.createIndexBody(ShardLayout.AS_DEFINED));
    JsonNode configured = new ObjectMapper().readTree(definition.createIndexBody(new ShardLayout(3, 2)));

    assertThat(asDefined.at("/settings/index/number_of_shards").asInt()).isEqualTo(1);
    assertThat(asDefined.at("/settings/index/number_of_replicas").asInt()).isEqualTo(0);
    assertThat(configured.at("/settings/index/number_of_shards").asInt()).isEqualTo(3);
    assertThat(configured.at("/settings/index/number_of_replicas").asInt()).isEqualTo(2);
    assertThat(configured.at("/settings/index/refresh_interval").asText()).isEqualTo("1s");
    assertThat(configured.at("/settings/analysis")).isEqualTo(asDefined.at("/settings/analysis"));
    assertThat(definition.shards(ShardLayout.AS_DEFINED)).isEqualTo(1);
    assertThat(definition.replicas(ShardLayout.AS_DEFINED)).isZero();
    assertThat(definition.shards(new ShardLayout(3, null))).isEqualTo(3);
    assertThat(definition.replicas(new ShardLayout(3, null))).isZero();
    assertThat(definition.replicas(new ShardLayout(null, 2))).isEqualTo(2);
  }

  @Test
  void configuredShardsReplaceTheFlatSpellingsToo() throws IOException {
    IndexDefinition flat = IndexDefinition.of("""
        {"settings": {"number_of_shards": 4, "index.number_of_replicas": 2}, "mappings": {}}"""
        .getBytes(StandardCharsets.UTF_8));
    JsonNode body = new ObjectMapper().readTree(flat.createIndexBody(new ShardLayout(1, 0)));

    assertThat(flat.shards(ShardLayout.AS_DEFINED)).isEqualTo(4);
    assertThat(flat.replicas(ShardLayout.AS_DEFINED)).isEqualTo(2);
    assertThat(body.at("/settings").fieldNames()).toIterable().containsExactly("index");
    assertThat(body.at("/settings/index/number_of_shards").asInt()).isEqualTo(1);
    assertThat(body.at("/settings/index/number_of_replicas").asInt()).isZero();
  }

  @Test
  void elasticsearchsDefaultsWhenTheFileSaysNothing() {
    IndexDefinition bare = IndexDefinition.of("{\"mappings\": {}}".getBytes(StandardCharsets.UTF_8));
    assertThat(bare.shards(ShardLayout.AS_DEFINED)).isEqualTo(1);
    assertThat(bare.replicas(ShardLayout.AS_DEFINED)).isEqualTo(1);
  }

  @Test
  void refusesImpossibleCounts() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ShardLayout(0, null))
        .hasMessageContaining("news.index.shards");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ShardLayout(null, -1))
        .hasMessageContaining("news.index.replicas");
  }

  @Test
  void mapsEveryArticleField() throws IOException {
    JsonNode properties = new ObjectMapper().readTree(definition.json()).at("/mappings/properties");
    assertThat(properties.fieldNames()).toIterable().contains("id", "url", "source", "title", "lede", "body",
        "published_at", "ingested_at", "language", "people", "organizations", "places", "tags", "content_hash",
        "duplicate_of");
  }
}
