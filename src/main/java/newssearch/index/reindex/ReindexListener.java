package newssearch.index.reindex;

/**
 * Follows a running job: the CLI draws its progress bar from it. Called on the job's thread as
 * each phase begins, before the phase's first write, so a test can stop the job exactly there as
 * a {@code kill -9} would.
 */
public interface ReindexListener {

  void entering(ReindexJob.Phase phase, JobProgress progress) throws Exception;

  ReindexListener NONE = (phase, progress) -> {};
}
