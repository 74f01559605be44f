package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newssearch.enrich.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {

  private static QueryTranslator translator;

  @BeforeAll
  static void load() {
    translator = new QueryTranslator(Glossary.load(), Dictionary.EMPTY, Gazetteer.load(), Vocabulary.NONE);
  }

  private static String describe(List<TermGroup> groups) {
    return groups.stream().map(g -> g.source() + "=" + g.kind() + g.alternatives()).toList().toString();
  }

  @Test
  void theMissionQueryBecomesRussianTermGroups() {
    List<TermGroup> groups = translator.translate("SCO digital forum Astana 2024");
    assertThat(groups).extracting(TermGroup::source).containsExactly("SCO", "digital forum", "Astana", "2024");
    assertThat(groups.get(0).alternatives()).contains("ШОС", "Шанхайская организация сотрудничества");
    assertThat(groups.get(1).alternatives()).containsExactly("цифровой форум");
    assertThat(groups.get(2).alternatives()).contains("Астана", "Нур-Султан");
    assertThat(groups.get(3).kind()).isEqualTo(TermGroup.Kind.KEPT);
  }

  @Test
  void namesTransliterationsAndPluralsAreFound() {
    assertThat(describe(translator.translate("Tokaev sanctions elections"))).contains("Tokaev=ENTITY[Касым-Жомарт Токаев, Токаев]")
        .contains("sanctions=GLOSSARY[санкции").contains("elections=GLOSSARY[выборы");
    assertThat(describe(translator.translate("summits"))).contains("summits=GLOSSARY[саммит");
  }

  @Test
  void aRussianQueryIsLeftAlone() {
    assertThat(translator.translate("Токаев ШОС цифровой хаб")).isEmpty();
    assertThat(translator.translate("2024")).isEmpty();
  }
}
