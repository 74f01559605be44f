package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

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
}
