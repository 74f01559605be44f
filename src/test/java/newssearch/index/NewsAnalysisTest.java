package newssearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import java.io.IOException;
import java.util.List;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analysers of index-mappings/news.json, on a real node. */
class NewsAnalysisTest {

  private static final TestCluster cluster = TestCluster.get();
  private static final String alias = TestCluster.uniqueAlias(NewsAnalysisTest.class);

  @BeforeAll
  static void createIndex() throws IOException {
    new NewsIndex(cluster.client(), new IndexProperties(alias, "classpath:index-mappings/news.json")).ensureExists();
  }

  @Test
  void inflectedFormsOfAPhraseGiveTheSameTerms() throws IOException {
    assertThat(terms("body", "Цифровой форум ШОС в Астане"))
        .isEqualTo(terms("body", "цифрового форума шос астана"))
        .containsExactly("цифров", "форум", "шос", "астан");
  }

  @Test
  void surnamesKeepOneStemInEveryCase() throws IOException {
    assertThat(terms("body", "Токаев Токаева Токаеву Токаевым Мирзиёева")).containsExactly("токаев", "токаев",
        "токаев", "токаев", "мирзиеев");
    assertThat(terms("body", "выборы выборов")).containsExactly("выбор", "выбор");
  }

  @Test
  void conjugatedVerbsMeetTheirInfinitive() throws IOException {
    assertThat(terms("body", "знаем знал знаете")).containsOnly(terms("body", "знать").get(0));
    assertThat(terms("body", "откажется отказался")).containsOnly(terms("body", "отказаться").get(0));
    assertThat(terms("body", "арестуют арестовали")).containsOnly(terms("body", "арестовать").get(0));
  }

  @Test
  void wordsTheDictionaryDoesNotKnowAreStemmed() throws IOException {
    assertThat(terms("body", "Казахстан Казахстане Казахстана")).containsExactly("казахстан", "казахстан",
        "казахстан");
  }

  @Test
  void yoAndYeAreOneLetter() throws IOException {
    assertThat(terms("title", "Ёлка")).isEqualTo(terms("title", "елка"));
    assertThat(terms("title.exact", "Ёлка")).containsExactly("елка");
  }

  @Test
  void exactSubfieldKeepsTheWordAsWritten() throws IOException {
    assertThat(terms("body.exact", "Астане")).containsExactly("астане");
  }

  @Test
  void englishSubfieldStemsEnglish() throws IOException {
    assertThat(terms("body.en", "Kazakhstan's elections")).containsExactly("kazakhstan", "elect");
  }

  @Test
  void englishSubfieldOfRussianTextHoldsOnlyItsLatinWords() throws IOException {
    assertThat(terms("body.en", "Компания Toyota объявила о выпуске новых electric cars в Астане"))
        .containsExactly("toyota", "electr", "car");
  }

  @Test
  void searchAnalyzerKnowsHistoricNamesAndTheAcronym() throws IOException {
    assertThat(analyze("russian_text_search", "Нур-Султан")).contains("астан", "акмол");
    assertThat(analyze("russian_text_search", "ШОС")).contains("шанхайск", "организац", "сотрудничеств");
  }

  private static List<String> terms(String field, String text) throws IOException {
    return tokens(cluster.client().indices().analyze(a -> a.index(alias).field(field).text(text)).tokens());
  }

  private static List<String> analyze(String analyzer, String text) throws IOException {
    return tokens(cluster.client().indices().analyze(a -> a.index(alias).analyzer(analyzer).text(text)).tokens());
  }

  private static List<String> tokens(List<AnalyzeToken> tokens) {
    return tokens.stream().map(AnalyzeToken::token).toList();
  }
}
