package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newssearch.enrich.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RussianQueryTranslatorTest {

  private static RussianQueryTranslator translator;

  @BeforeAll
  static void load() {
    translator = new RussianQueryTranslator(Glossary.load(), Dictionary.EMPTY, Gazetteer.load());
  }

  private static String describe(List<TermGroup> groups) {
    return groups.stream().map(g -> g.source() + "=" + g.kind() + g.alternatives()).toList().toString();
  }

  @Test
  void inflectedRussianWordsFindTheirEnglishAndKazakhForms() {
    List<TermGroup> groups = translator.translate("Токаеву ШОС цифрового форума в Астане 2024");

    assertThat(groups).extracting(TermGroup::source)
        .containsExactly("Токаеву", "ШОС", "цифрового форума", "в", "Астане", "2024");
    assertThat(groups.get(0).alternatives()).contains("Kassym-Jomart Tokayev", "Tokayev", "Тоқаев");
    assertThat(groups.get(1).alternatives()).contains("SCO");
    assertThat(groups.get(2).alternatives()).containsExactly("digital forum");
    assertThat(groups.get(3).kind()).isEqualTo(TermGroup.Kind.SKIPPED);
    assertThat(groups.get(4).alternatives()).contains("Astana", "Nur-Sultan");
    assertThat(groups.get(5).kind()).isEqualTo(TermGroup.Kind.KEPT);
  }

  @Test
  void glossaryTermsReadBackwardsGiveTheirMainEnglishTermFirst() {
    assertThat(describe(translator.translate("санкции саммита"))).contains("санкции=GLOSSARY[sanction, sanctions]")
        .contains("саммита=GLOSSARY[summit");
  }

  @Test
  void punctuationAroundAWordDoesNotHideIt() {
    assertThat(describe(translator.translate("Где прошёл саммит «ШОС»?"))).contains("«ШОС»?=ENTITY[Shanghai Cooperation");
  }

  @Test
  void aCapitalisedNameNothingKnowsIsRomanised() {
    assertThat(describe(translator.translate("пилот Хабибуллин"))).contains("Хабибуллин=TRANSLITERATION[Khabibullin]");
  }

  @Test
  void queriesWithNothingToCarryOverAreLeftAlone() {
    assertThat(translator.translate("заявил вчера")).isEmpty();
    assertThat(translator.translate("Tokayev summit")).isEmpty();
    assertThat(translator.translate("2024")).isEmpty();
  }
}
