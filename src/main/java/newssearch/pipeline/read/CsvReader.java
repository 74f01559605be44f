package newssearch.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV (or TSV) with a header row, column names as in {@link FieldNames}: the Lenta.ru layout
 * ({@code url,title,text,topic,tags}) and the ODS layout ({@code date,url,edition,topics,authors,title,text,…})
 * read as they are. A row with the wrong number of columns is rejected alone, by the file line it starts on.
 */
final class CsvReader implements RecordReader {

  /** The ODS dumps lost the backslash of "\n": paragraphs end in a literal "nn" or "n" before a capital. */
  private static final Pattern ODS_NEWLINE = Pattern.compile("(?<=[.!?…»\"”)])n{1,2}(?=[«\"„A-ZА-ЯЁ0-9])");

  private final FieldNames fields;
  private final Charset charset;
  private final char delimiter;

  CsvReader(FieldNames fields, Charset charset, char delimiter) {
    this.fields = fields;
    this.charset = charset;
    this.delimiter = delimiter;
  }

  @Override
  public void read(InputFile file, InputStream in, RecordSink sink) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, charset), format)) {
      Map<String, Integer> header = lowerCased(parser.getHeaderMap());
      if (column(header, FieldNames.TEXT) < 0) {
        sink.reject(Rejection.of(file.name(), 1, "no text column among " + header.keySet()
            + " (name one with --field text=COLUMN)", null));
        return;
      }
      boolean ods = header.containsKey("edition") && header.containsKey("reposts_fb");
      long lastLine = parser.getCurrentLineNumber();
      try {
        for (CSVRecord record : parser) {
          lastLine = parser.getCurrentLineNumber();
          long line = startLine(record, lastLine);
          if (record.size() != header.size()) {
            sink.reject(Rejection.of(file.name(), line, "expected " + header.size() + " columns, found " + record.size(),
                String.join(String.valueOf(delimiter), record.values())));
            continue;
          }
          sink.accept(toRecord(record, line, header, file.name(), ods));
        }
      } catch (UncheckedIOException e) {
        sink.reject(Rejection.of(file.name(), lastLine + 1,
            "malformed CSV after line " + lastLine + ", rest of file skipped: " + e.getCause().getMessage(), null));
      }
    }
  }

  /**
   * The file line a record starts on, as a person opening the file counts them: the parser stands at
   * its last line, and a quoted value may hold line breaks of its own.
   */
  private static long startLine(CSVRecord record, long endLine) {
    long breaks = 0;
    for (String value : record.values()) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
          breaks++;
        }
      }
    }
    return endLine - breaks;
  }

  private SourceRecord toRecord(CSVRecord record, long line, Map<String, Integer> header, String origin, boolean ods) {
    String text = value(record, header, FieldNames.TEXT);
    if (ods && text != null) {
      text = ODS_NEWLINE.matcher(text).replaceAll("\n");
    }
    List<String> tags = new ArrayList<>();
    for (String name : fields.of(FieldNames.TAGS)) {
      Integer column = header.get(name);
      if (column != null) {
        for (String tag : record.get(column).split("[,;]")) {
          JsonRecords.addTag(tags, tag);
        }
      }
    }
    String source = value(record, header, FieldNames.SOURCE);
    String key = value(record, header, FieldNames.KEY);
    return new SourceRecord(origin, line, value(record, header, FieldNames.URL),
        SourceRecord.scopedKey(source, origin, key),
        value(record, header, FieldNames.TITLE), value(record, header, FieldNames.LEDE), text,
        value(record, header, FieldNames.DATE), source, tags, value(record, header, FieldNames.LANGUAGE),
        SourceRecord.Layout.PLAIN);
  }

  private String value(CSVRecord record, Map<String, Integer> header, String part) {
    int column = column(header, part);
    if (column < 0) {
      return null;
    }
    String value = record.get(column).strip();
    return value.isEmpty() || value.equals("-") ? null : value;
  }

  private int column(Map<String, Integer> header, String part) {
    for (String name : fields.of(part)) {
      Integer column = header.get(name.toLowerCase(Locale.ROOT));
      if (column != null) {
        return column;
      }
    }
    return -1;
  }

  private static Map<String, Integer> lowerCased(Map<String, Integer> header) {
    Map<String, Integer> lower = new java.util.LinkedHashMap<>();
    header.forEach((name, column) -> lower.put(name.strip().toLowerCase(Locale.ROOT), column));
    return lower;
  }
}
