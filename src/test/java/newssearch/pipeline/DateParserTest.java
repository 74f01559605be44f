package newssearch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateParserTest {

  @Test
  void readsTheFormsNewsInputsUse() {
    assertThat(DateParser.parse("2024-12-04T09:00:28+00:00")).contains(Instant.parse("2024-12-04T09:00:28Z"));
    assertThat(DateParser.parse("2025-03-14T09:30:00+05:00")).contains(Instant.parse("2025-03-14T04:30:00Z"));
    assertThat(DateParser.parse("2008-11-21 15:19:14")).contains(Instant.parse("2008-11-21T15:19:14Z"));
    assertThat(DateParser.parse("2021-02-01")).contains(Instant.parse("2021-02-01T00:00:00Z"));
    assertThat(DateParser.parse("Tue, 3 Jun 2008 11:05:30 GMT")).contains(Instant.parse("2008-06-03T11:05:30Z"));
    assertThat(DateParser.parse("1717000000")).contains(Instant.ofEpochSecond(1717000000));
  }

  @Test
  void nonsenseAndImplausibleDatesAreUnknown() {
    assertThat(DateParser.parse("вчера")).isEmpty();
    assertThat(DateParser.parse("1900-01-01")).isEmpty();
    assertThat(DateParser.parse("2999-01-01")).isEmpty();
  }

  @Test
  void findsTheDateInAnArticleUrl() {
    assertThat(DateParser.fromUrl("http://www.ng.ru/ng_politics/2017-04-18/11_6976_apple.html"))
        .contains(Instant.parse("2017-04-18T00:00:00Z"));
    assertThat(DateParser.fromUrl("https://ria.ru/20190810/1557366973.html")).contains(Instant.parse("2019-08-10T00:00:00Z"));
    assertThat(DateParser.fromUrl("https://russian.rt.com/world/article/455367-ssha")).isEmpty();
  }
}
