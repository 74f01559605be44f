package newssearch.index.reindex;

import newssearch.system.ApiException;
import org.springframework.http.HttpStatus;

/** A second reindex (or rollback) while one runs: answered with 409 over HTTP, a clear message on the command line. */
public final class ReindexRunningException extends ApiException {

  ReindexRunningException(String jobId) {
    super(HttpStatus.CONFLICT, "Reindex job " + jobId + " is running; one at a time. Follow it at /api/admin/jobs/"
        + jobId + ".");
  }
}
