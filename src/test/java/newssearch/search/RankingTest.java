package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newssearch.ingest.Ingest;
import newssearch.pipeline.IngestProgress;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Recency, the copy shown for a folded story, a translated query's preference and very long articles, on articles
 * written for this test.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingTest {

  private static final String ALIAS = TestCluster.uniqueAlias(RankingTest.class);
  /** A one-paragraph report of more words than a query is weighed by one by one. */
  private static final String RESERVOIR = "Строительство водохранилища на реке Сырдарье в Туркестанской области "
      + "завершится к осени, сообщили в министерстве водных ресурсов. Подрядчик уже возвёл плотину и "
      + "шлюзы, осталось проложить каналы к полям трёх районов. Водохранилище вместит полмиллиарда "
      + "кубометров воды и позволит орошать сорок тысяч гектаров хлопка, бахчевых и кормовых культур. "
      + "Фермеры жаловались на нехватку воды в засушливые годы, когда урожай падал почти вдвое. Власти "
      + "рассчитывают, что новые каналы снизят потери воды при поливе на треть.";
  private static final String STORY = "Парламент обсудил законопроект о цифровых платформах. Депутаты рассмотрели "
      + "поправки о защите персональных данных, сроках хранения сведений и ответственности операторов. ";

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    TestCluster.serve(registry, ALIAS);
  }

  @Autowired
  Ingest ingest;

  @Autowired
  SearchService search;

  @BeforeAll
  void load() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    // Two unrelated reports alike in every scored respect but their dates.
    lines.add(json.writeValueAsString(Map.of("id", "old-report", "title", "Отчёт о паводках в Костанае",
        "text", "Спасатели подвели итоги сезона паводков в области.", "date", "2015-04-01", "source", "a")));
    lines.add(json.writeValueAsString(Map.of("id", "new-report", "title", "Отчёт о паводках в Костанае",
        "text", "Спасатели подвели итоги сезона паводков в области!", "date", LocalDate.now().toString(), "source", "a")));
    // A story reprinted: the later copy is read first and mentions the query words more often.
    lines.add(json.writeValueAsString(Map.of("id", "reprint", "title", "Законопроект о цифровых платформах",
        "text", STORY.repeat(6) + "Законопроект о цифровых платформах.", "date", "2024-05-03", "source", "b")));
    lines.add(json.writeValueAsString(Map.of("id", "first-print", "title", "Парламент и платформы",
        "text", STORY.repeat(6), "date", "2024-05-01", "source", "c")));
    // The same words, together in one and apart in the other.
    String filler = "Делегация обсудила вопросы сотрудничества, подготовки кадров, поставок техники и учений. ";
    lines.add(json.writeValueAsString(Map.of("id", "together", "title", "Визит",
        "text", "Министр обороны прибыл с визитом. " + filler + filler, "source", "e")));
    lines.add(json.writeValueAsString(Map.of("id", "apart", "title", "Визит",
        "text", "Министр прибыл с визитом. " + filler + filler + "Обороны", "source", "e")));
    // Of an English query's two terms, the delegation alone, many times over in a short text.
    lines.add(json.writeValueAsString(Map.of("id", "delegation-only", "title", "Делегация",
        "text", "Делегация прибыла. Делегация уехала.", "source", "f")));
    // A verb the glossary gives as a participle («arrested»: «арестованный»), written as the verb.
    lines.add(json.writeValueAsString(Map.of("id", "verb", "title", "Акция",
        "text", "Участников акции арестуют, если они откажутся разойтись.", "source", "g")));
    lines.add(json.writeValueAsString(Map.of("id", "reservoir", "title", "Водохранилище на Сырдарье",
        "text", RESERVOIR, "source", "h")));
    // Talks of Russia and Ukraine, reported in Russian; and one article quoting «Russia» in Latin letters.
    for (int i = 1; i <= 4; i++) {
      lines.add(json.writeValueAsString(Map.of("id", "talks-" + i, "title", "Россия и Украина: раунд переговоров " + i,
          "text", "Россия и Украина провели переговоры в Стамбуле, сообщили стороны. Следующий раунд переговоров "
              + "пройдёт через месяц.", "source", "k")));
    }
    lines.add(json.writeValueAsString(Map.of("id", "quote", "title", "Russia, Russia, Russia: что повторял оратор",
        "text", "Оратор повторял «Russia, Russia, Russia», пока Украина готовилась к переговорам.", "source", "k")));
    // Of a Russian query's words, two in a Russian report; a Kazakh one names one of them in full.
    lines.add(json.writeValueAsString(Map.of("id", "visit-ru", "title", "Токаев готовит поездку",
        "text", "Касым-Жомарт Токаев обсудил подготовку поездки с советниками, сообщила пресс-служба.", "source", "m")));
    lines.add(json.writeValueAsString(Map.of("id", "visit-kk", "title", "Қасым-Жомарт Тоқаев Ақтөбе облысына барады",
        "text", "Мемлекет басшысы Қасым-Жомарт Тоқаев ертең Ақтөбе облысының тұрғындарымен кездеседі және "
            + "жаңа зауыттың ашылуына қатысады.", "source", "m")));
    // A very long article whose words are found at its start and end.
    lines.add(json.writeValueAsString(Map.of("id", "long", "title", "Стенограмма",
        "text", "Начало стенограммы заседания. " + "Обсуждение продолжилось. ".repeat(60_000) + "Итоговое голосование.",
        "date", "2024-01-01", "source", "d")));
    Path file = Files.createTempFile("ranking", ".jsonl");
    Files.write(file, lines);
    ingest.run(new Ingest.Request(List.of(file.toString()), List.of(), null, Files.createTempFile("rejects", ".jsonl")),
        IngestProgress.NONE);
  }

  private SearchResult find(String text, boolean collapse) throws Exception {
    return search.search(new SearchQuery(text, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
        SearchQuery.Sort.RELEVANCE, 10, 1, null, collapse, false));
  }

  @Test
  void ofTwoEqualMatchesTheNewerRanksFirst() throws Exception {
    List<ArticleHit> hits = find("паводки Костанай", false).hits();
    assertThat(hits).extracting(ArticleHit::title).containsOnly("Отчёт о паводках в Костанае");
    assertThat(hits.get(0).publishedAt()).isAfter(hits.get(1).publishedAt());
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
  }

  @Test
  void wordsCloseTogetherRankAboveTheSameWordsApart() throws Exception {
    List<ArticleHit> hits = find("министр обороны", false).hits();
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).snippets()).anyMatch(s -> s.contains("<mark>Министр</mark> <mark>обороны</mark>"));
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
  }

  @Test
  void aFoldedStoryIsShownAsItsEarliestCopy() throws Exception {
    SearchResult copies = find("законопроект цифровых платформах", false);
    assertThat(copies.hits()).hasSize(2);
    assertThat(copies.hits().get(0).title()).isEqualTo("Законопроект о цифровых платформах");

    SearchResult folded = find("законопроект цифровых платформах", true);
    assertThat(folded.hits()).hasSize(1);
    ArticleHit shown = folded.hits().get(0);
    assertThat(shown.title()).isEqualTo("Парламент и платформы");
    assertThat(shown.duplicates()).isEqualTo(1);
    assertThat(shown.score()).isEqualTo(copies.hits().get(0).score());
    assertThat(shown.snippets()).anyMatch(s -> s.contains("<mark>законопроект</mark>"));
  }

  @Test
  void aTranslatedKeywordQueryPrefersArticlesWithBothTermsAndStillFindsOneWithEither() throws Exception {
    SearchResult result = search.search(new SearchQuery("minister delegation", null, null, List.of(), List.of(),
        List.of(), List.of(), List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, false, true));
    assertThat(result.interpretation().reading()).isEqualTo(Reading.RANKED);
    assertThat(result.hits()).extracting(ArticleHit::title).as("the two visits hold both, and come first")
        .containsExactly("Визит", "Визит", "Делегация");
    SearchResult newSince = search.hits(new SearchQuery("minister delegation", null, null, List.of(), List.of(),
        List.of(), List.of(), List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, false, true)
        .ingestedBetween(Instant.EPOCH, null, 10));
    assertThat(newSince.hits()).extracting(ArticleHit::title).as("what is new for a saved search holds both")
        .containsExactly("Визит", "Визит");
  }

  @Test
  void anEnglishWordQuotedInLatinLettersDoesNotOutrankItsRussianForm() throws Exception {
    SearchResult result = search.search(new SearchQuery("Russia Ukraine talks", null, null, List.of(), List.of(),
        List.of(), List.of(), List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, false, true));
    assertThat(result.hits()).extracting(ArticleHit::title)
        .as("a Latin «Russia», rare in Russian articles, weighs what the sampled articles show of it")
        .hasSize(5).first().asString().startsWith("Россия и Украина");
  }

  @Test
  void aTranslationGivenAsAParticipleFindsTheVerbAndMarksIt() throws Exception {
    SearchResult result = search.search(new SearchQuery("arrested", null, null, List.of(), List.of(), List.of(),
        List.of(), List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, false, true));
    assertThat(result.interpretation().expansions()).singleElement()
        .satisfies(g -> assertThat(g.alternatives()).containsSubsequence("арестованный", "арестовать"));
    assertThat(result.hits()).singleElement()
        .satisfies(h -> assertThat(h.snippets()).anyMatch(s -> s.contains("<mark>арестуют</mark>")));
  }

  @Test
  void aVeryLongArticleIsFoundAndItsStartHighlighted() throws Exception {
    assertThat(find("стенограммы заседания", true).hits()).singleElement()
        .satisfies(h -> assertThat(h.snippets()).anyMatch(s -> s.contains("<mark>стенограммы</mark>")));
    assertThat(find("итоговое голосование", true).hits()).extracting(ArticleHit::title).containsExactly("Стенограмма");
  }

  @Test
  void aPastedPassageIsRankedByItsMostSignificantWordsWhenNoArticleHasThemAll() throws Exception {
    String pasted = RESERVOIR.replace("осени", "зимы").replace("трёх", "пяти") + " Об этом пишут местные газеты.";
    assertThat(Interpretation.of(pasted).tooLongToWeigh()).isTrue();
    SearchResult result = find(pasted, true);
    assertThat(result.interpretation().reading()).isEqualTo(Reading.RANKED);
    assertThat(result.hits()).isNotEmpty();
    assertThat(result.hits().get(0).title()).isEqualTo("Водохранилище на Сырдарье");
    assertThat(result.hits().get(0).titleHtml()).contains("<mark>Сырдарье</mark>");
    assertThat(result.hits().get(0).snippets()).anyMatch(s -> s.contains("<mark>каналы</mark>"));
  }

  @Test
  void aRussianArticleHoldingMoreOfARankedQuerysWordsOutranksAForeignOneNamingOneInFull() throws Exception {
    SearchResult result = search.search(new SearchQuery("Токаев поездка Мадрид Лиссабон", null, null, List.of(),
        List.of(), List.of(), List.of(), List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, true, true));
    assertThat(result.interpretation().reading()).isEqualTo(Reading.RANKED);
    assertThat(result.hits()).extracting(ArticleHit::title).startsWith("Токаев готовит поездку")
        .contains("Қасым-Жомарт Тоқаев Ақтөбе облысына барады");
  }

  @Test
  void aPastedEnglishPassageFindsTheRussianArticleByItsMostSignificantTerms() throws Exception {
    String english = "The construction of a reservoir on the Syr Darya in the Turkestan Region will be finished by "
        + "the autumn, the ministry of water resources said. The contractor has already built the dam and the locks; "
        + "canals to the fields of three districts remain to be laid. The reservoir will hold half a billion cubic "
        + "metres of water and irrigate forty thousand hectares of cotton, melons and fodder crops. Farmers have "
        + "complained of a lack of water in dry years.";
    assertThat(Interpretation.of(english).tooLongToWeigh()).isTrue();
    SearchResult result = search.search(new SearchQuery(english, null, null, List.of(), List.of(), List.of(),
        List.of(), List.of(), SearchQuery.Sort.RELEVANCE, 10, 1, null, true, true));
    assertThat(result.interpretation().expansions()).filteredOn(g -> !g.alternatives().isEmpty())
        .extracting(g -> g.source()).contains("Syr Darya", "Turkestan Region")
        .hasSizeLessThanOrEqualTo(AsWrittenPlan.SIGNIFICANT_TERMS);
    assertThat(result.hits()).isNotEmpty();
    assertThat(result.hits().get(0).title()).isEqualTo("Водохранилище на Сырдарье");
  }
}
