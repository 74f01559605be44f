package newssearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {

  private static final String TSV = String.join("\n",
      "# id\ttype\tru\ten\tkk\taliases",
      "person:tokayev\tPER\tКасым-Жомарт Токаев|Токаев\tKassym-Jomart Tokayev|Tokayev\tҚасым-Жомарт Тоқаев|Тоқаев\tTokaev",
      "org:sco\tORG\tШанхайская организация сотрудничества|ШОС\tShanghai Cooperation Organisation|SCO\tШЫҰ\t",
      "org:un\tORG\tОрганизация Объединённых Наций|ООН\tUnited Nations|UN\tБҰҰ\t",
      "org:senate-kz\tORG\tСенат\tSenate\tСенат\t",
      "place:kazakhstan\tLOC\tКазахстан|Республика Казахстан\tKazakhstan\tҚазақстан\tРК",
      "place:astana\tLOC\tАстана|Нур-Султан|Акмола\tAstana|Nur-Sultan\tАстана|Нұр-Сұлтан\t",
      "place:india\tLOC\tИндия\tIndia\tҮндістан\t",
      "place:china\tLOC\tКитай|КНР\tChina\tҚытай\t",
      "place:north-korea\tLOC\tСеверная Корея|КНДР\tNorth Korea\t\t",
      "party:amanat\tORG\tпартия Аманат\tAmanat party\t\t",
      "tech:5g\tORG\t5G\t5G\t\t");

  private static EntityMatcher matcher;

  @BeforeAll
  static void load() throws IOException {
    matcher = new EntityMatcher(Gazetteer.parse(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8))));
  }

  private List<String> ids(String text) {
    return matcher.find(text).stream().map(Entity::id).toList();
  }

  @Test
  void findsRussianCaseForms() {
    assertThat(ids("Об этом заявил президент Казахстана Касым-Жомарт Токаев на форуме в Астане."))
        .containsExactly("place:kazakhstan", "person:tokayev", "place:astana");
    assertThat(ids("Встреча Токаева с делегацией Индии")).containsExactly("person:tokayev", "place:india");
    assertThat(ids("в деятельности Шанхайской организации сотрудничества (ШОС)")).containsExactly("org:sco");
    assertThat(ids("Организацией Объединённых Наций и Китаем")).containsExactly("org:un", "place:china");
  }

  @Test
  void historicNamesAndAcronymsLeadToTheSameEntity() {
    assertThat(ids("Саммит прошел в Нур-Султане")).containsExactly("place:astana");
    assertThat(ids("индекс ООН")).containsExactly("org:un");
    assertThat(ids("Tokayev met SCO leaders in Astana")).containsExactly("person:tokayev", "org:sco", "place:astana");
    assertThat(matcher.find("Тоқаевтың Қытайға сапары", true).stream().map(Entity::id))
        .containsExactly("person:tokayev", "place:china");
  }

  @Test
  void kazakhSuffixesAreOnlyReadInKazakhText() {
    assertThat(ids("Тоқаевтың сапары")).isEmpty();
  }

  @Test
  void nounsDoNotTakeAdjectiveEndingsNorSurnamesFeminineOnes() {
    assertThat(ids("Шанхайский рынок и Казахстанский")).isEmpty();
    assertThat(ids("Встреча с Токаевой")).isEmpty();
    assertThat(ids("В Северной Корее")).containsExactly("place:north-korea");
  }

  @Test
  void doesNotMatchCommonWordsOrOtherWordsThatStartTheSame() {
    assertThat(ids("сенат штата одобрил закон")).isEmpty();
    assertThat(ids("Кита выбросило на берег; китайский рынок; индианка")).isEmpty();
    assertThat(ids("В Сенате обсудили бюджет")).containsExactly("org:senate-kz");
    assertThat(ids("оон")).isEmpty();
  }

  @Test
  void aNameWrittenInLowerCaseOrStartingWithADigitIsFoundWhereItStarts() {
    assertThat(ids("Съезд партии Аманат и сети 5G")).containsExactly("party:amanat", "tech:5g");
    assertThat(ids("the amanat party")).containsExactly("party:amanat");
    assertThat(ids("Партия Аманат")).containsExactly("party:amanat");
  }
}
