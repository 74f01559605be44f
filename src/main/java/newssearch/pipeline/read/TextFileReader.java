package newssearch.pipeline.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text file holding one article. Three shapes are told apart: the BSNLP layout (id, language,
 * date, URL, title, text on the first lines); the factRuEval layout (text only, recognised by its
 * {@code .spans} annotation file beside it); otherwise a page whose first line is the title, which
 * may be a scraped page with clutter around the article.
 */
final class TextFileReader implements RecordReader {

  static final int MAX_BYTES = 20 << 20;
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  @Override
  public void read(InputFile file, InputStream in, RecordSink sink) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      sink.reject(Rejection.of(file.name(), 0, "text file larger than " + (MAX_BYTES >> 20) + " MB", null));
      return;
    }
    List<String> lines = TextDecoding.decode(bytes).lines().toList();
    if (isBsnlp(lines)) {
      sink.accept(new SourceRecord(file.name(), 0, lines.get(3).strip(), null, lines.get(4).strip(), null,
          String.join("\n", lines.subList(5, lines.size())), lines.get(2).strip(), null, List.of(),
          lines.get(1).strip(), SourceRecord.Layout.PLAIN));
    } else if (file.hasSibling("spans")) {
      sink.accept(new SourceRecord(file.name(), 0, null, null, null, null, String.join("\n", lines), null, null,
          List.of(), null, SourceRecord.Layout.PLAIN));
    } else {
      int first = 0;
      while (first < lines.size() && lines.get(first).isBlank()) {
        first++;
      }
      String title = first < lines.size() ? lines.get(first).strip() : null;
      String text = first + 1 < lines.size() ? String.join("\n", lines.subList(first + 1, lines.size())) : "";
      sink.accept(new SourceRecord(file.name(), 0, null, null, title, null, text, null, null, List.of(), null,
          SourceRecord.Layout.SCRAPED_PAGE));
    }
  }

  private static boolean isBsnlp(List<String> lines) {
    return lines.size() > 5
        && LANGUAGE.matcher(lines.get(1).strip()).matches()
        && DATE.matcher(lines.get(2).strip()).matches()
        && lines.get(3).strip().startsWith("http");
  }
}
