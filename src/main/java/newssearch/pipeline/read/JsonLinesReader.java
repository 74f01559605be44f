package newssearch.pipeline.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/** JSON Lines: one article object per line; a bad line is rejected alone. */
final class JsonLinesReader implements RecordReader {

  private final ObjectMapper json;
  private final JsonRecords records;
  private final Charset charset;

  JsonLinesReader(ObjectMapper json, FieldNames fields, Charset charset) {
    this.json = json;
    this.records = new JsonRecords(fields);
    this.charset = charset;
  }

  @Override
  public void read(InputFile file, InputStream in, RecordSink sink) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    long number = 0;
    for (String line; (line = lines.readLine()) != null; ) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = json.readTree(line);
        if (node == null || !node.isObject()) {
          sink.reject(Rejection.of(file.name(), number, "not a JSON object", line));
        } else {
          sink.accept(records.toRecord(node, file.name(), number));
        }
      } catch (JsonProcessingException e) {
        sink.reject(Rejection.of(file.name(), number, "malformed JSON: " + e.getOriginalMessage(), line));
      }
    }
  }
}
