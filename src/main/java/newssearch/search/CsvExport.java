package newssearch.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes hits as CSV rows for spreadsheets: UTF-8 with a byte-order mark, formulas defused. */
final class CsvExport {

  static final List<String> HEADER = List.of("id", "date", "source", "title", "url", "language", "people",
      "organizations", "places");
  /** A cell starting with one of these would run as a formula in a spreadsheet (CSV injection). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final CSVPrinter printer;

  CsvExport(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF'); // Excel reads Cyrillic right only with it
    this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
  }

  void write(ArticleHit hit) {
    try {
      printer.printRecord(hit.id(), hit.publishedAt() == null ? "" : hit.publishedAt().toString(), cell(hit.source()),
          cell(hit.title()), cell(hit.url()), cell(hit.language()), cells(hit.people()), cells(hit.organizations()),
          cells(hit.places()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void close() throws IOException {
    printer.close(true);
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static String cells(List<String> values) {
    return values == null ? "" : cell(String.join("; ", values));
  }
}
