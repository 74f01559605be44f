package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.automaton.RegExp;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.junit.jupiter.api.Test;

class SuggestRequestsTest {

  private static boolean matches(String prefix, String value) {
    var automaton = new RegExp(SuggestRequests.wordStartRegex(prefix)).toAutomaton();
    return new CharacterRunAutomaton(Operations.determinize(automaton, 10_000)).run(value);
  }

  @Test
  void anyWordOfTheNameInAnyCaseWithYoAsYe() {
    assertThat(matches("тока", "Касым-Жомарт Токаев")).isTrue();
    assertThat(matches("жомарт", "Касым-Жомарт Токаев")).isTrue();
    assertThat(matches("Мирзие", "Шавкат Мирзиёев")).isTrue();
    assertThat(matches("ШОС", "Шанхайская организация сотрудничества")).isFalse();
    assertThat(matches("сотр", "Шанхайская организация сотрудничества")).isTrue();
    assertThat(matches("омарт", "Касым-Жомарт Токаев")).isFalse();
  }

  @Test
  void operatorsInTheTypedTextAreLiteral() {
    assertThat(matches(".*", "Токаев")).isFalse();
    assertThat(matches("a|b", "b")).isFalse();
    assertThat(matches("(нур", "Нур Отан")).isFalse();
    assertThat(matches("c++", "C++ Club")).isTrue();
  }
}
