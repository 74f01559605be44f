package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import newssearch.index.IndexProperties;
import newssearch.index.NewsIndex;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vocabulary transliterations are checked against, on a real node with the project's analysers. */
class IndexVocabularyTest {

  private static final TestCluster cluster = TestCluster.get();
  private static final String alias = TestCluster.uniqueAlias(IndexVocabularyTest.class);

  @BeforeAll
  static void articles() throws IOException {
    new NewsIndex(cluster.client(), new IndexProperties(alias, "classpath:index-mappings/news.json")).ensureExists();
    List<Map<String, String>> articles = List.of(
        Map.of("title", "Токаев принял министра", "body", "Президент Токаев принял министра энергетики."),
        Map.of("title", "Встреча в Акорде", "body", "Касым-Жомарт Токаева поздравили с днём рождения; Ryanair отменил рейсы."),
        Map.of("title", "Погода в Нур-Султане", "body", "В Нур-Султане похолодало."),
        // A text of one paragraph is all lede, with no body.
        Map.of("title", "Коротко", "lede", "Депутатов арестуют."));
    for (int i = 0; i < articles.size(); i++) {
      String id = "a" + i;
      Map<String, String> article = articles.get(i);
      cluster.client().index(x -> x.index(alias).id(id).document(article).refresh(Refresh.True));
    }
  }

  @Test
  void countsTheArticlesUsingAWordInAnyOfItsForms() {
    IndexVocabulary vocabulary = new IndexVocabulary(cluster.client(), alias);

    Map<String, Long> counts = vocabulary.documentCounts(List.of("токаев", "нур-султан", "ryanair", "токаефф"));

    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("токаев", 2L, "нур-султан", 1L, "ryanair", 1L));
  }

  @Test
  void aWordOnlyInTheLedeCounts() {
    assertThat(new IndexVocabulary(cluster.client(), alias).documentCounts(List.of("арестовать")))
        .containsEntry("арестовать", 1L);
  }

  @Test
  void rememberedAnswersNeedNoRequest() throws IOException {
    IndexVocabulary vocabulary = new IndexVocabulary(cluster.client(), alias);
    assertThat(vocabulary.documentCounts(List.of("министр"))).containsEntry("министр", 1L);

    cluster.client().index(x -> x.index(alias).id("later").document(Map.of("body", "Министр выступил."))
        .refresh(Refresh.True));

    // The remembered count errs on the side of too few, as documented; a new word is asked afresh.
    assertThat(vocabulary.documentCounts(List.of("министр", "выступил"))).containsEntry("министр", 1L)
        .containsEntry("выступил", 1L);
  }
}
