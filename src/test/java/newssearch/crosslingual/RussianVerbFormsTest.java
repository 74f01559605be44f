package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianVerbFormsTest {

  @Test
  void anImperfectiveBySuffixGetsItsPerfective() {
    assertThat(RussianVerbForms.of("подписывать")).containsExactly("подписать");
    assertThat(RussianVerbForms.of("отказываться")).containsExactly("отказаться");
    assertThat(RussianVerbForms.of("принимать")).containsExactly("принять");
    assertThat(RussianVerbForms.of("создавать")).containsExactly("создать");
    assertThat(RussianVerbForms.of("подтверждать")).as("жд → д").containsExactly("подтвердить");
    assertThat(RussianVerbForms.of("объявлять")).as("the «л» after a labial goes").containsExactly("объявить");
    assertThat(RussianVerbForms.of("заканчивать")).as("the root's «а» is «о»").contains("закончить");
    assertThat(RussianVerbForms.of("устанавливать")).containsExactly("установить");
  }

  @Test
  void anInfinitiveOfUnknownAspectGetsTheOtherEitherWay() {
    assertThat(RussianVerbForms.of("подтвердить")).containsExactly("подтверждать");
    assertThat(RussianVerbForms.of("возместить")).containsExactly("возмещать");
    assertThat(RussianVerbForms.of("объявить")).containsExactly("объявлять");
    assertThat(RussianVerbForms.of("решить")).as("«решять» is no Russian spelling").containsExactly("решать");
    assertThat(RussianVerbForms.of("решать")).contains("решить");
    assertThat(RussianVerbForms.of("отменить")).contains("отменять");
    assertThat(RussianVerbForms.of("принять")).contains("принимать");
    assertThat(RussianVerbForms.of("подписать")).contains("подписывать");
  }

  @Test
  void aPastPassiveParticipleGetsItsVerb() {
    assertThat(RussianVerbForms.of("арестованный")).containsExactly("арестовать");
    assertThat(RussianVerbForms.of("назначенный")).containsExactly("назначить");
    assertThat(RussianVerbForms.of("освобождённый")).containsExactly("освободить");
    assertThat(RussianVerbForms.of("объявленный")).containsExactly("объявить");
    assertThat(RussianVerbForms.of("убитый")).containsExactly("убить");
  }

  @Test
  void aPhraseGetsItsVerbReplaced() {
    assertThat(RussianVerbForms.of("принять участие")).contains("принимать участие");
  }

  @Test
  void otherWordsAndShortVerbsHaveNone() {
    assertThat(RussianVerbForms.of("национальный")).isEmpty();
    assertThat(RussianVerbForms.of("форум")).isEmpty();
    assertThat(RussianVerbForms.of("ждать")).as("too short a stem to be «-ждать»").isEmpty();
    assertThat(RussianVerbForms.of("дать")).isEmpty();
    assertThat(RussianVerbForms.of("Astana")).isEmpty();
  }
}
