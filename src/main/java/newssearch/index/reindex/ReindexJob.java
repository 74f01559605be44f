package newssearch.index.reindex;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A reindexing job as it stands: kept as a document in the jobs index (so it outlives the process
 * that ran it) and answered by {@code GET /api/admin/jobs/{id}}.
 *
 * @param id          the job id
 * @param status      running, succeeded, failed, or abandoned (its process died; a rerun cleaned up)
 * @param phase       the phase it is in, or was in when it ended
 * @param owner       the process running it: {@code host/pid/instance}
 * @param source      the index the alias pointed at when the job began
 * @param target      the index the job builds
 * @param fromFiles   the original inputs it rebuilds from, or null when it copies the live index
 * @param startedAt   when it began
 * @param heartbeatAt when its process last said it was alive
 * @param finishedAt  when it ended, or null
 * @param counts      the articles it counted
 * @param phaseMillis how long each phase took, in milliseconds
 * @param errors      what went wrong, first ones
 * @param note        a sentence for people (why it ended, what a rerun did)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReindexJob(String id, Status status, Phase phase, String owner, String source, String target,
    List<String> fromFiles, Instant startedAt, Instant heartbeatAt, Instant finishedAt, Counts counts,
    Map<String, Long> phaseMillis, List<String> errors, String note) {

  public enum Status { RUNNING, SUCCEEDED, FAILED, ABANDONED }

  public enum Phase { PREPARING, COPYING, CATCHING_UP, VERIFYING, SWITCHING, FINISHING, DONE }

  /**
   * @param expected        articles in the live index's snapshot when copying began (or read from files)
   * @param copied          articles written to the new index while copying
   * @param caughtUp        articles written or changed in the live index during the job and copied after
   * @param rejected        articles the new index refused
   * @param sampled         articles compared field by field before the switch
   * @param sourceDocuments articles in the old index at the end
   * @param targetDocuments articles in the new index at the end
   */
  public record Counts(long expected, long copied, long caughtUp, long rejected, long sampled, long sourceDocuments,
      long targetDocuments) {}

  public boolean running() {
    return status == Status.RUNNING;
  }

  ReindexJob ended(Status newStatus, Phase at, Instant when, List<String> newErrors, String newNote) {
    return new ReindexJob(id, newStatus, at, owner, source, target, fromFiles, startedAt, heartbeatAt, when, counts,
        phaseMillis, newErrors, newNote);
  }
}
