package newssearch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void normalizesInvisibleCharactersSpacesAndBlankLines() {
    assertThat(TextCleaner.normalize("\uFEFFОдин\u00A0 два\u200B\r\n\r\n\r\n\r\n  три  "))
        .isEqualTo("Один два\n\nтри");
  }

  @Test
  void everyKindOfLineBreakEndsALineAndBlankLinesAreOneAtMost() {
    assertThat(TextCleaner.normalize("\n \r\n один \rдва\r\rтри\n\u2003\n\t\n\r\nчетыре\u2009\r\n"))
        .isEqualTo("один\nдва\n\nтри\n\nчетыре");
  }

  @Test
  void aRunOfSpacesBrokenByInvisibleCharactersIsOneSpace() {
    assertThat(TextCleaner.normalize("a \u200B\t\u3000b\u00AD c\u2007\u202F\n d \u2060"))
        .isEqualTo("a b c\nd");
  }

  @Test
  void russianReadWithTheWrongEncodingIsReadAgain() {
    assertThat(TextCleaner.clean("<p>Ìíîãèå  òåàòðû</p>")).isEqualTo("Многие театры");
  }

  @Test
  void turnsMarkupIntoParagraphs() {
    assertThat(TextCleaner.clean("<p><strong>МОСКВА, 31 янв</strong> &mdash; текст.</p><p>Второй&nbsp;абзац<br>строка</p>"))
        .isEqualTo("МОСКВА, 31 янв — текст.\n\nВторой абзац\nстрока");
  }

  @Test
  void aTextThatQuotesATagIsNotMarkup() {
    String story = "Хакеры вставили на сайт код <script>alert(\"x\")</script>, сообщили в министерстве.";
    assertThat(TextCleaner.clean(story)).isEqualTo(story);
  }
}
