package newssearch.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

  private final Readers readers = new Readers(new ObjectMapper(), FieldNames.defaults(), null);
  private final List<SourceRecord> records = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final RecordSink sink = new RecordSink() {
    @Override
    public void accept(SourceRecord record) {
      records.add(record);
    }

    @Override
    public void reject(Rejection rejection) {
      rejections.add(rejection);
    }
  };

  private void read(String path) throws IOException {
    readers.read(InputFile.of(Path.of(path)), sink, new java.util.concurrent.atomic.LongAdder());
  }

  @Test
  void rssItemsWithHtmlDescriptions() throws IOException {
    read("src/test/resources/ingest/formats/feed.rss");
    assertThat(rejections).isEmpty();
    assertThat(records).hasSize(2);
    SourceRecord first = records.get(0);
    assertThat(first.title()).isEqualTo("Правительство утвердило план по водосбережению");
    assertThat(first.url()).isEqualTo("https://example-news.kz/economy/3001?utm_source=rss");
    assertThat(first.publishedAt()).isEqualTo("Mon, 10 Mar 2025 08:15:00 +0500");
    assertThat(first.text()).contains("<p>План рассчитан на пять лет.</p>");
    assertThat(first.tags()).containsExactly("Экономика");
    assertThat(records.get(1).text()).contains("Встреча прошла в районном центре.");
    assertThat(records.get(1).lede()).isEqualTo("Обсуждались сроки посевной кампании.");
  }

  @Test
  void atomEntries() throws IOException {
    read("src/test/resources/ingest/formats/feed.atom");
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.url()).isEqualTo("https://example-times.com/asia/corridor");
      assertThat(r.publishedAt()).isEqualTo("2025-04-02T11:00:00Z");
      assertThat(r.text()).startsWith("Ministers met in Almaty");
      assertThat(r.tags()).containsExactly("Transport");
    });
  }

  @Test
  void htmlPageGivesTheArticleOnly() throws IOException {
    read("src/test/resources/ingest/formats/article.html");
    assertThat(rejections).isEmpty();
    SourceRecord page = records.get(0);
    assertThat(page.title()).isEqualTo("Сенат принял закон о медиа");
    assertThat(page.url()).isEqualTo("https://example-news.kz/politics/5001");
    assertThat(page.publishedAt()).isEqualTo("2025-05-20T14:00:00+05:00");
    assertThat(page.source()).isEqualTo("Пример новостей");
    assertThat(page.language()).isEqualTo("ru");
    assertThat(page.text()).startsWith("Сенат принял закон о средствах массовой информации")
        .contains("сроки ответа государственных органов")
        .doesNotContain("Главная", "Самое читаемое", "Поделиться", "Комментарий читателя", "все права защищены");
  }

  @Test
  void anHtmlPageWithoutAnArticleIsRejected() throws IOException {
    read("src/test/resources/ingest/broken/front-page.html");
    assertThat(records).isEmpty();
    assertThat(rejections).singleElement().satisfies(r -> assertThat(r.reason()).contains("no article text"));
  }

  @Test
  void odsDumpsGetTheirLostNewlinesBack() throws IOException {
    read("src/test/resources/ingest/formats/ods-dump.csv");
    assertThat(rejections).isEmpty();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).text())
        .startsWith("КОСТАНАЙ, 11 мар – Пример Новости.\nВ Костанае")
        .contains("в акимате города.\n\"Работы начнутся в мае\"", "в отделе дорог.\n")
        .doesNotContain("Новости.nВ", "города.n");
    assertThat(records.get(0).source()).isEqualTo("example-daily.ru");
  }

  @Test
  void csvRowsAreCountedByTheFileLineTheyStartOn(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("dump.csv");
    Files.writeString(csv, String.join("\r\n",
        "title,text",
        "Первая,\"Абзац один.",
        "Абзац два.\"",
        "",
        "Вторая,Текст,лишняя колонка",
        "Третья,Текст",
        "Четвёртая,\"кавычка не закрыта",
        ""));
    read(csv.toString());
    assertThat(records).extracting(SourceRecord::title, SourceRecord::position)
        .containsExactly(tuple("Первая", 2L), tuple("Третья", 6L));
    assertThat(rejections).extracting(Rejection::position, r -> r.reason().replaceAll(",.*", ""))
        .containsExactly(tuple(5L, "expected 2 columns"),
            tuple(7L, "malformed CSV after line 6"));
  }

  @Test
  void bsnlpTextsGiveTheirMetadata() throws IOException {
    read("src/test/resources/ingest/formats/bsnlp-layout.txt");
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.language()).isEqualTo("ru");
      assertThat(r.publishedAt()).isEqualTo("2021-03-15");
      assertThat(r.url()).isEqualTo("http://www.example.org/news/901");
      assertThat(r.title()).isEqualTo("Жители Костаная выбрали проекты благоустройства дворов");
      assertThat(r.text().strip()).startsWith("В понедельник, 15 марта");
    });
  }
}
