package newssearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static final String STORY = "Президент Казахстана Касым-Жомарт Токаев провел встречу с председателем правительства "
      + "и обсудил ход реализации поручений по развитию цифровой экономики, строительству новых школ и больниц, "
      + "модернизации коммунальной инфраструктуры в регионах страны, а также меры по сдерживанию инфляции и "
      + "поддержке малого и среднего бизнеса в условиях внешних вызовов и нестабильности мировых рынков.";

  @Test
  void aSyndicatedCopyWithSmallEditsPointsToTheFirst() {
    NearDuplicates duplicates = new NearDuplicates(0.6, 1_000);
    assertThat(duplicates.firstCopyOf("a", NearDuplicates.signature(STORY))).isEmpty();
    String copy = "АСТАНА. " + STORY.replace("провел встречу", "провёл встречу") + " Об этом сообщает пресс-служба.";
    assertThat(duplicates.firstCopyOf("b", NearDuplicates.signature(copy))).contains("a");
  }

  @Test
  void aDifferentStoryOnTheSameTopicIsNotACopy() {
    NearDuplicates duplicates = new NearDuplicates(0.6, 1_000);
    duplicates.firstCopyOf("a", NearDuplicates.signature(STORY));
    String other = "Премьер-министр Казахстана провел заседание правительства, на котором рассмотрены итоги "
        + "социально-экономического развития за девять месяцев, исполнение республиканского бюджета, "
        + "ход отопительного сезона в регионах страны, а также меры по сдерживанию инфляции и поддержке "
        + "малого и среднего бизнеса и привлечению инвестиций в обрабатывающую промышленность.";
    assertThat(duplicates.firstCopyOf("b", NearDuplicates.signature(other))).isEmpty();
  }

  @Test
  void theSameArticleSeenAgainIsNotItsOwnCopyAndShortPostsAreLeftAlone() {
    NearDuplicates duplicates = new NearDuplicates(0.6, 1_000);
    duplicates.firstCopyOf("a", NearDuplicates.signature(STORY));
    assertThat(duplicates.firstCopyOf("a", NearDuplicates.signature(STORY))).isEmpty();
    String post = "Срочно: землетрясение в Алматы, подробности позже";
    assertThat(NearDuplicates.signature(post)).as("too short to have one").isNull();
    duplicates.firstCopyOf("p1", NearDuplicates.signature(post));
    assertThat(duplicates.firstCopyOf("p2", NearDuplicates.signature(post))).isEmpty();
  }

  @Test
  void aSignatureReadBackFromItsStoredFormIsTheSame() {
    int[] signature = NearDuplicates.signature(STORY);
    String stored = NearDuplicates.encoded(signature);
    assertThat(stored).hasSize(172);
    assertThat(NearDuplicates.decoded(stored)).containsExactly(signature);
    assertThat(NearDuplicates.decoded("AAAA")).as("not a signature of 64 hashes").isNull();
  }

  @Test
  void identicalTextsHaveSimilarityOneAndUnrelatedNearZero() {
    int[] a = NearDuplicates.signature(STORY);
    assertThat(NearDuplicates.similarity(a, NearDuplicates.signature(STORY))).isEqualTo(1.0);
    String unrelated = ("В Лондоне прошел матч чемпионата Англии по футболу, в котором хозяева поля уверенно обыграли "
        + "гостей со счетом три ноль благодаря голам во втором тайме и надежной игре вратаря и защитников команды, "
        + "болельщики остались довольны игрой своих любимцев и ждут следующего тура с большим нетерпением.");
    assertThat(NearDuplicates.similarity(a, NearDuplicates.signature(unrelated))).isLessThan(0.1);
  }

  @Test
  void itRemembersTheNewestStoriesUpToItsCapacityAndForgetsTheOldest() {
    NearDuplicates duplicates = new NearDuplicates(0.6, 2);
    String second = STORY.replace("Казахстана", "Киргизии").replace("школ и больниц", "дорог и мостов")
        .replace("инфляции", "цен").replace("малого и среднего", "крупного");
    String third = "Министр иностранных дел Узбекистана провел переговоры с коллегами из соседних государств и обсудил "
        + "вопросы водопользования, транспортных коридоров, торговли и безопасности на границах, подготовку "
        + "визита главы государства, а также совместные проекты в энергетике и сельском хозяйстве региона.";
    duplicates.firstCopyOf("a", NearDuplicates.signature(STORY));
    duplicates.remember("b", NearDuplicates.signature(second));
    assertThat(duplicates.firstCopyOf("c", NearDuplicates.signature(third))).isEmpty();

    assertThat(duplicates.size()).isEqualTo(2);
    assertThat(duplicates.firstCopyOf("a-copy", NearDuplicates.signature(STORY + " Подробности позже.")))
        .as("forgotten").isEmpty();
    assertThat(duplicates.firstCopyOf("c-copy", NearDuplicates.signature(third + " Подробности позже."))).contains("c");
  }

  @Test
  void wordsAreReadWithoutCaseOrPunctuationAndYoAsYe() {
    String shouted = STORY.toUpperCase(java.util.Locale.ROOT).replace(" и ", " — и, ").replace("провел", "провёл");
    assertThat(NearDuplicates.similarity(NearDuplicates.signature(STORY), NearDuplicates.signature(shouted)))
        .isEqualTo(1.0);
  }
}
