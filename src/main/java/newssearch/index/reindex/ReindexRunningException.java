package newssearch.index.reindex;

import newssearch.system.ConflictException;

/** A second reindex (or rollback) while one runs: a conflict: 409 over HTTP, its own exit code on the command line. */
public final class ReindexRunningException extends ConflictException {

  ReindexRunningException(String jobId) {
    super("Reindex job " + jobId + " is running; one at a time. Follow it at /api/admin/jobs/"
        + jobId + ".");
  }
}
