package newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.HealthStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newssearch.system.ConflictException;
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
        List.of(gazetteer.toString()), IndexProperties.DEFAULT_CLEANING_RULES)).status();
    IndexStatus newRules = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS, null,
        IndexProperties.DEFAULT_CLEANING_RULES + "-next")).status();

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

  @Test
  void aNewIndexTakesTheConfiguredShardsAndReplicas() throws IOException {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class);
    NewsIndex index = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS, null, null, 2, 1));

    String live = index.ensureExists();

    var settings = settings(live);
    assertThat(settings.numberOfShards()).isEqualTo("2");
    assertThat(settings.numberOfReplicas()).isEqualTo("1");
    IndexStatus status = index.status();
    assertThat(status.shards()).isEqualTo(new IndexStatus.Shards(2, 1, unassigned(live)));
    assertThat(status.reindexNeeded()).isFalse();
  }

  @Test
  void anotherShardCountIsAReindexAnotherReplicaCountIsAppliedInPlace() throws IOException {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class);
    String live = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS)).ensureExists();

    NewsIndex moreShards = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS, null, null, 3, null));
    assertThat(moreShards.status().reindexNeeded()).isTrue();
    assertThat(moreShards.status().reindexReason()).isEqualTo("the live index has 1 primary shard(s), 3 are configured");
    assertThat(moreShards.applyReplicas()).as("no replicas configured: nothing to apply").isFalse();

    NewsIndex oneReplica = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS, null, null, null, 1));
    assertThat(oneReplica.status().reindexNeeded()).isFalse();
    assertThat(oneReplica.applyReplicas()).isTrue();
    assertThat(settings(live).numberOfReplicas()).isEqualTo("1");
    assertThat(oneReplica.applyReplicas()).as("already applied").isFalse();
  }

  @Test
  void sideIndicesTakeTheConfiguredReplicasAndKeepOneShard() throws IOException {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class) + "-feeds";
    new SideIndex(cluster.client(), alias, "classpath:index-mappings/feeds.json",
        new IndexProperties("news", MAPPINGS, null, null, 4, 1)).ensureExists();

    var settings = settings(alias + "-v1");
    assertThat(settings.numberOfShards()).isEqualTo("1");
    assertThat(settings.numberOfReplicas()).isEqualTo("1");
  }

  @Test
  void theAliasIsNeverMovedOntoAnIndexWithUnassignedPrimaries() throws IOException {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class);
    NewsIndex index = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS));
    String live = index.ensureExists();
    // No node has this id: the primary can be allocated nowhere.
    String stranded = alias + "-v9-stranded";
    cluster.client().indices().create(c -> c.index(stranded).waitForActiveShards(w -> w.count(0))
        .settings(s -> s.numberOfShards("1").numberOfReplicas("0")
            .routing(r -> r.allocation(a -> a.include(i -> i.id("no-such-node"))))));

    try {
      assertThat(index.awaitAllocated(stranded, Duration.ofMillis(200))).isEqualTo(HealthStatus.Red);
      assertThatThrownBy(() -> index.switchAlias(live, stranded)).isInstanceOf(ConflictException.class)
          .hasMessageContaining("1 unassigned primary shard(s)");
      assertThat(index.liveIndex()).contains(live);
    } finally {
      // A red index would turn the shared node's health red for every later test.
      cluster.client().indices().delete(d -> d.index(stranded));
    }
  }

  /**
   * An index fed in small batches, as a live news index is, is merged down to a few segments: a
   * translated query's hundreds of clauses cost their term lookups once per segment (decision
   * 0015). Under Elasticsearch's default policy the same 24 refreshes leave ten or more.
   */
  @Test
  void smallBatchesAreMergedIntoAFewSegments() throws IOException, InterruptedException {
    String alias = TestCluster.uniqueAlias(NewsIndexTest.class);
    String live = new NewsIndex(cluster.client(), new IndexProperties(alias, MAPPINGS)).ensureExists();
    for (int batch = 0; batch < 24; batch++) {
      for (int article = 0; article < 5; article++) {
        String id = batch + "-" + article;
        cluster.client().index(i -> i.index(alias).id(id).document(Map.of("id", id, "title", "Статья " + id)));
      }
      cluster.client().indices().refresh(r -> r.index(alias));
    }

    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int segments = segments(live);
    while (segments > 5 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      cluster.client().indices().refresh(r -> r.index(alias));
      segments = segments(live);
    }
    assertThat(segments).isBetween(1, 5);
    assertThat(cluster.client().count(c -> c.index(alias)).count()).isEqualTo(120);
  }

  private static int segments(String index) throws IOException {
    return cluster.client().indices().segments(s -> s.index(index)).indices().get(index).shards().values().stream()
        .flatMap(List::stream)
        .mapToInt(shard -> (int) shard.segments().values().stream().filter(s -> s.search()).count())
        .sum();
  }

  private static co.elastic.clients.elasticsearch.indices.IndexSettings settings(String index) throws IOException {
    return cluster.client().indices().getSettings(g -> g.index(index)).result().get(index).settings().index();
  }

  private static int unassigned(String index) throws IOException {
    return cluster.client().cluster().health(h -> h.index(index)).unassignedShards();
  }
}
