package newssearch.pipeline.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import newssearch.corpus.Corpora;
import newssearch.corpus.CorpusTest;
import org.junit.jupiter.api.Test;

/** The readers on real dumps: an ODS (Open Data Science) news CSV and a BSNLP text. */
@CorpusTest
class ReadersCorpusTest {

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

  private void read(String corpusPath) throws IOException {
    readers.read(InputFile.of(Corpora.resolve(corpusPath)), sink, new LongAdder());
  }

  @Test
  void odsDumpsGetTheirLostNewlinesBack() throws IOException {
    read("format-samples/ods_ria.csv");
    assertThat(rejections).isEmpty();
    assertThat(records).isNotEmpty();
    assertThat(records.get(0).text()).contains("РИА Новости.\n").doesNotContain("Новости.nВосемнадцать");
  }

  @Test
  void bsnlpTextsGiveTheirMetadata() throws IOException {
    read("bsnlp-ru/covid-19/raw/coronavirus_ru_10.txt");
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.language()).isEqualTo("ru");
      assertThat(r.publishedAt()).isEqualTo("2021-02-01");
      assertThat(r.title()).startsWith("Амурский министр поставила прививку");
      assertThat(r.text().strip()).startsWith("В понедельник, 18 января");
    });
  }
}
