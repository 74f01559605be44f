package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvExportTest {

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
    assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvExport.cell("-Путин")).isEqualTo("'-Путин");
    assertThat(CsvExport.cell("Токаев")).isEqualTo("Токаев");
    assertThat(CsvExport.cell(null)).isEmpty();
  }
}
