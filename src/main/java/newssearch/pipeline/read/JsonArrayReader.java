package newssearch.pipeline.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON array of article objects, such as a Telegram channel export ({@code text}, {@code date},
 * {@code channel}, {@code message_id}), read item by item so a large export never sits in memory.
 */
final class JsonArrayReader implements RecordReader {

  private final ObjectMapper json;
  private final JsonRecords records;

  JsonArrayReader(ObjectMapper json, FieldNames fields) {
    this.json = json;
    this.records = new JsonRecords(fields);
  }

  @Override
  public void read(InputFile file, InputStream in, RecordSink sink) throws IOException {
    long item = 0;
    try (JsonParser parser = json.getFactory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        sink.reject(Rejection.of(file.name(), 0, "expected a JSON array of articles", null));
        return;
      }
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        item++;
        JsonNode node = json.readTree(parser);
        sink.accept(records.toRecord(node, file.name(), item));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // A syntax error leaves the parser nowhere to resume from: the rest of the file is lost, and said so.
      sink.reject(Rejection.of(file.name(), item + 1,
          "malformed JSON after item " + item + ", rest of file skipped: " + e.getOriginalMessage(), null));
    }
  }
}
