package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import newssearch.search.ScopedText.Scope;
import org.junit.jupiter.api.Test;

class ScopedTextTest {

  @Test
  void takesTitleAndSourceScopesOutOfTheWords() {
    ScopedText t = ScopedText.of("Токаев title:\"саммит ШОС\" Source:Tengrinews.kz -title:Путин выборы");
    assertThat(t.words()).isEqualTo("Токаев выборы");
    assertThat(t.scopes()).containsExactly(new Scope("title", "саммит ШОС", false),
        new Scope("source", "Tengrinews.kz", false), new Scope("title", "Путин", true));
    assertThat(t.values("title", false)).containsExactly("саммит ШОС");
    assertThat(t.values("title", true)).containsExactly("Путин");
  }

  @Test
  void aScopeMustStartAWordAndHaveAValue() {
    ScopedText t = ScopedText.of("subtitle:x title: title:\"\" время:12:00");
    assertThat(t.scopes()).isEmpty();
    assertThat(t.words()).isEqualTo("subtitle:x title: title:\"\" время:12:00");
  }

  @Test
  void onlyASourceScopeLeavesNothingToRankBy() {
    assertThat(ScopedText.of("source:rt.com").hasWords()).isFalse();
    assertThat(ScopedText.of("title:Астана").hasWords()).isTrue();
  }
}
