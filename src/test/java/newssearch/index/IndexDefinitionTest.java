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
    JsonNode body = new ObjectMapper().readTree(definition.createIndexBody(Map.of("project_version", "1.2.3")));
    assertThat(body.at("/mappings/_meta/mapping_hash").asText()).isEqualTo(definition.hash());
    assertThat(body.at("/mappings/_meta/project_version").asText()).isEqualTo("1.2.3");
    assertThat(body.at("/settings/analysis/analyzer/russian_text").isObject()).isTrue();
  }

  @Test
  void mapsEveryArticleField() throws IOException {
    JsonNode properties = new ObjectMapper().readTree(definition.json()).at("/mappings/properties");
    assertThat(properties.fieldNames()).toIterable().contains("id", "url", "source", "title", "lede", "body",
        "published_at", "ingested_at", "language", "people", "organizations", "places", "tags", "content_hash",
        "duplicate_of");
  }
}
