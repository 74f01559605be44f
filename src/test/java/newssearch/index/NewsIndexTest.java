package newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsIndexTest {

  private static final TestCluster cluster = TestCluster.get();
  private static final String MAPPINGS = "classpath:index-mappings/news.json";

  @Test
  void createsAVersionedIndexBehindTheAliasOnce() throws IOException {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class);
    NewsIndex index = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS));

    String created = index.ensureExists();
    assertThat(created).matches(alias + "-v1-\\d{8}-\\d{6}-\\d{3}");
    assertThat(index.ensureExists()).isEqualTo(created);
    assertThat(cluster.client().indices().getAlias(a -> a.name(alias)).result()).containsOnlyKeys(created);
  }

  @Test
  void statusTellsTheLiveIndexAndItsDocuments() throws IOException {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class);
    NewsIndex index = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS));
    assertThat(index.status().exists()).isFalse();

    String live = index.ensureExists();
    cluster.client().index(i -> i.index(alias).id("a1").document(Map.of("id", "a1", "title", "Тест")).refresh(
        co.elastic.clients.elasticsearch._types.Refresh.True));

    IndexStatus status = index.status();
    assertThat(status.index()).isEqualTo(live);
    assertThat(status.documents()).isEqualTo(1);
    assertThat(status.liveHash()).isEqualTo(IndexDefinition.load(MAPPINGS).hash());
    assertThat(status.reindexNeeded()).isFalse();
  }

  @Test
  void statusSaysReindexNeededWhenTheMappingFilesChanged(@TempDir Path dir) throws IOException {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class);
    new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS)).ensureExists();

    Path edited = dir.resolve("news.json");
    String original = new String(IndexDefinition.load(MAPPINGS).json(), StandardCharsets.UTF_8);
    Files.writeString(edited, original.replace("\"алматы, алма-ата\"", "\"алматы, алма-ата, верный\""));
    IndexStatus status = new NewsIndex(cluster.client(), new IndexProperties(alias, edited.toString())).status();

    assertThat(status.reindexNeeded()).isTrue();
    assertThat(status.liveHash()).isNotEqualTo(status.currentHash());
  }

  @Test
  void statusSaysReindexNeededWhenTheEnrichmentDataChanged(@TempDir Path dir) throws IOException {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class);
    new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS)).ensureExists();
    Path gazetteer = dir.resolve("gazetteer.tsv");
    Files.write(gazetteer, IndexDefinition.read("classpath:enrich/gazetteer.tsv"));
    Files.writeString(gazetteer, "PER\tНовый Политик\tНовый Политик\n", java.nio.file.StandardOpenOption.APPEND);

    IndexStatus same = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS)).status();
    IndexStatus edited = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS,
        List.of(gazetteer.toString()), "1")).status();
    IndexStatus newRules = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS, null, "2")).status();

    assertThat(same.reindexNeeded()).isFalse();
    assertThat(edited.reindexNeeded()).isTrue();
    assertThat(edited.mappingsChanged()).isFalse();
    assertThat(edited.reindexReason()).startsWith("its enrichment data was ");
    assertThat(newRules.enrichmentChanged()).isTrue();
  }

  @Test
  void writesToTheAliasAreRejectedForUnknownFields() {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class);
    NewsIndex index = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
      index.ensureExists();
      cluster.client().index(i -> i.index(alias).id("x").document(Map.of("titel", "опечатка")));
    }).hasMessageContaining("strict_dynamic_mapping_exception");
  }
}
