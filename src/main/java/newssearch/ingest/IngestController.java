package newssearch.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newssearch.pipeline.IngestCounts;
import newssearch.pipeline.IngestReport;
import newssearch.pipeline.read.InputFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/admin/articles}: articles as NDJSON or a JSON array, through the same pipeline
 * as {@code news-search ingest}. Needs the admin API key (see {@code system.AdminApiKeyInterceptor}).
 */
@RestController
class IngestController {

  private static final long MAX_BODY = 64L << 20;

  private final Ingest ingest;

  IngestController(Ingest ingest) {
    this.ingest = ingest;
  }

  /**
   * What a request did.
   *
   * @param rejections the first rejections, with the line (NDJSON) or item (array) number and reason
   */
  record Result(long read, long indexed, long updated, long unchanged, long duplicates, long rejected,
      List<RejectionLine> rejections) {}

  record RejectionLine(long line, String reason) {}

  @PostMapping(path = "/api/admin/articles",
      consumes = {MediaType.APPLICATION_JSON_VALUE, "application/x-ndjson", "application/jsonl"})
  Result ingestArticles(@RequestBody byte[] body,
      @RequestHeader(name = "Content-Type", defaultValue = "application/json") String contentType) throws IOException {
    if (body.length > MAX_BODY) {
      throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "At most 64 MB per request; send larger loads in parts.");
    }
    String name = contentType.startsWith(MediaType.APPLICATION_JSON_VALUE) ? "request.json" : "request.jsonl";
    Path rejects = Files.createTempFile("news-search-rejects-", ".jsonl");
    try {
      IngestReport report = ingest.run(new InputFile(name, body.length, null, () -> new ByteArrayInputStream(body)),
          rejects);
      if (!report.completed()) {
        throw new ConnectException(report.failure());
      }
      IngestCounts c = report.counts();
      return new Result(c.read(), c.indexed(), c.updated(), c.unchanged(), c.duplicates(), c.rejected(),
          report.firstRejections().stream().map(r -> new RejectionLine(r.position(), r.reason())).toList());
    } finally {
      Files.deleteIfExists(rejects);
    }
  }
}
