package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  @Test
  void capitalsTheUserTypedComeBack() {
    assertThat(DidYouMean.inUsersCase("Трамб выборы", "трамп выборы")).isEqualTo("Трамп выборы");
    assertThat(DidYouMean.inUsersCase("ШОС саммет", "шос саммит")).isEqualTo("ШОС саммит");
  }

  @Test
  void aCorrectionWithOtherWordsStaysAsTheIndexHasIt() {
    assertThat(DidYouMean.inUsersCase("Нурсултан", "нур султан")).isEqualTo("нур султан");
  }
}
