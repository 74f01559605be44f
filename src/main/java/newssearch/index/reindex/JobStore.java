package newssearch.index.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import newssearch.index.ShardLayout;
import org.elasticsearch.client.ResponseException;

/**
 * The durable side of reindexing: one document per job and one lock document, in the index
 * {@code <alias>-jobs} of the same cluster. Kept there rather than in a file because the service
 * and the command line may run on different machines against one cluster, and the lock must be
 * seen by both; and a {@code kill -9} of the job leaves the cluster, hence the state, untouched.
 */
final class JobStore {

  private static final String LOCK = "reindex-lock";
  /** With the news index's configured replicas, else none. */
  private static final String MAPPINGS = """
      {"settings": {"index": {"number_of_shards": 1, "number_of_replicas": %d}},
       "mappings": {"dynamic": false, "properties": {}}}""";

  /** Who holds the lock and since when they last said they were alive. */
  record Lock(String jobId, String owner, Instant heartbeatAt) {}

  /** The lock as read, with what a conditional write needs to take it over. */
  record HeldLock(Lock lock, long seqNo, long primaryTerm) {}

  private final ElasticsearchClient client;
  private final String index;
  private final int replicas;

  JobStore(ElasticsearchClient client, String alias, ShardLayout layout) {
    this.client = client;
    this.index = alias + "-jobs";
    this.replicas = layout.replicas() == null ? 0 : layout.replicas();
  }

  private void ensureIndex() throws IOException {
    if (client.indices().exists(e -> e.index(index)).value()) {
      return;
    }
    try {
      client.indices().create(c -> c.index(index).withJson(new StringReader(MAPPINGS.formatted(replicas))));
    } catch (ElasticsearchException e) {
      // Another process created it between our look and our create.
      if (!client.indices().exists(x -> x.index(index)).value()) {
        throw e;
      }
    }
  }

  void save(ReindexJob job) throws IOException {
    ensureIndex();
    client.index(i -> i.index(index).id(job.id()).document(job).refresh(Refresh.True));
  }

  Optional<ReindexJob> find(String id) throws IOException {
    if (!client.indices().exists(e -> e.index(index)).value()) {
      return Optional.empty();
    }
    GetResponse<ReindexJob> found = client.get(g -> g.index(index).id(id), ReindexJob.class);
    return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
  }

  /** Takes the free lock: true, or false when someone holds it. */
  boolean tryLock(Lock lock) throws IOException {
    ensureIndex();
    try {
      client.create(c -> c.index(index).id(LOCK).document(lock).refresh(Refresh.True));
      return true;
    } catch (IOException | RuntimeException e) {
      if (isConflict(e)) {
        return false;
      }
      throw e;
    }
  }

  Optional<HeldLock> heldLock() throws IOException {
    ensureIndex();
    GetResponse<Lock> found = client.get(g -> g.index(index).id(LOCK), Lock.class);
    return found.found()
        ? Optional.of(new HeldLock(found.source(), found.seqNo(), found.primaryTerm()))
        : Optional.empty();
  }

  /** Takes over a lock whose holder is dead: false if someone else was quicker. */
  boolean takeOver(HeldLock dead, Lock lock) throws IOException {
    try {
      client.index(i -> i.index(index).id(LOCK).document(lock).ifSeqNo(dead.seqNo())
          .ifPrimaryTerm(dead.primaryTerm()).refresh(Refresh.True));
      return true;
    } catch (IOException | RuntimeException e) {
      if (isConflict(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * A version conflict (409). The client reports it as an {@link ElasticsearchException} or, for a
   * write whose error body it does not parse, as the low-level client's {@link ResponseException}.
   */
  private static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ElasticsearchException es && es.status() == 409
          || t instanceof ResponseException re && re.getResponse().getStatusLine().getStatusCode() == 409) {
        return true;
      }
    }
    return false;
  }

  void heartbeat(Lock lock) throws IOException {
    client.index(i -> i.index(index).id(LOCK).document(lock));
  }

  void unlock(String jobId) throws IOException {
    Optional<HeldLock> held = heldLock();
    if (held.isPresent() && held.get().lock().jobId().equals(jobId)) {
      client.delete(d -> d.index(index).id(LOCK).ifSeqNo(held.get().seqNo()).ifPrimaryTerm(held.get().primaryTerm())
          .refresh(Refresh.True));
    }
  }
}
