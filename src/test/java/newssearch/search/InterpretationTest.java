package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpretationTest {

  @Test
  void readsWordsPhrasesAndExclusions() {
    Interpretation i = Interpretation.of("Трамп -Путин \"саммит ШОС\" (Астана OR Алматы) -\"холодная война\"");
    assertThat(i.terms()).containsExactly("Трамп", "Астана", "Алматы");
    assertThat(i.phrases()).containsExactly("саммит ШОС");
    assertThat(i.excluded()).containsExactly("Путин", "холодная война");
    assertThat(i.reading()).isEqualTo(Reading.STRICT);
    assertThat(i.plainWords()).isFalse();
  }

  @Test
  void hostileInputStillReadsAsSomething() {
    Interpretation i = Interpretation.of("\"\"\" -- ( ) || *~ \u0000");
    assertThat(i.terms()).isEmpty();
    assertThat(i.excluded()).isEmpty();
  }

  @Test
  void aDashBetweenWordsIsPunctuationNotAnExclusion() {
    Interpretation i = Interpretation.of("ISLAMABAD -- A U.N. report — says - more");
    assertThat(i.excluded()).isEmpty();
    assertThat(i.terms()).containsExactly("ISLAMABAD", "A", "U.N.", "report", "says", "more");
    assertThat(i.translatable()).isTrue();
  }

  @Test
  void theWordsToTranslateLeaveTheExclusionsAndScopesOutAndDropTheQuotes() {
    Interpretation i = Interpretation.of("police -Trump \"riot gear\" -\"tear gas\" title:crowd source:rt.com - fled");
    assertThat(i.wordsToTranslate()).isEqualTo("police riot gear - fled");
    String passage = "police -the \"crowd\" ".repeat(AsWrittenPlan.MOST_RANKED_TERMS);
    assertThat(Interpretation.of(passage).wordsToTranslate()).as("a pasted passage's dashes are its own")
        .startsWith("police -the  crowd").doesNotContain("\"");
  }

  @Test
  void anExcludedOrTitleScopedNameStandsForItsRussianFormsToo() {
    Interpretation i = Interpretation.of("election -Biden title:Trump -title:poll source:rt.com");
    assertThat(i.nameable()).containsExactly("Biden", "Trump", "poll");
    Interpretation named = i.withNames(Map.of("Biden", List.of("Джо Байден", "Байден")));
    assertThat(named.forms("Biden")).containsExactly("Biden", "Джо Байден", "Байден");
    assertThat(named.forms("poll")).containsExactly("poll");
    assertThat(named.excludedNames()).containsExactly("Джо Байден", "Байден");
    assertThat(named.as(new AsWrittenPlan(named), Reading.RANKED).names()).containsOnlyKeys("Biden");
  }
}
