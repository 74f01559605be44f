package newssearch.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import newssearch.article.Article;
import newssearch.article.ArticleFields;
import newssearch.pipeline.read.Rejection;

/**
 * Writes articles through the alias in bulk, so that re-ingesting the same input changes nothing.
 *
 * <p>Every article goes as a {@code create}: new articles cost exactly what a plain bulk load costs.
 * An id the index already has comes back as a conflict; for those (per batch, so memory stays
 * flat) the stored content hash is fetched and only articles whose content changed are rewritten.
 * Throttling (429) is retried with backoff by the ingester, a request that fails as a whole three
 * more times; if it still fails (the cluster is gone) that is remembered and stops the load at the
 * next {@link #write}.
 *
 * <p>Once a copy of a story is stored, its first copy is marked as having copies (a partial
 * update), so that search fetches the earliest copy of only the stories that have more than one.
 * A first copy still on its way in another request is marked again when the writer closes.
 */
public final class BulkWriter implements AutoCloseable {

  /** An article on its way, with where it came from for the rejects file. */
  private record Pending(Article article, String origin, long position) {}

  private final ElasticsearchClient client;
  private final String alias;
  private final IngestCounts counts;
  private final Consumer<Rejection> rejects;
  private final BulkIngester<Pending> ingester;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  /** First copies that were not in the index yet when a copy of theirs was stored. */
  private final Set<String> unmarked = ConcurrentHashMap.newKeySet();

  public BulkWriter(ElasticsearchClient client, String alias, IngestProperties settings, IngestCounts counts,
      Consumer<Rejection> rejects) {
    this.client = client;
    this.alias = alias;
    this.counts = counts;
    this.rejects = rejects;
    this.ingester = BulkIngester.of(b -> b
        .client(client)
        .maxOperations(settings.batchOperations())
        .maxSize(settings.batchMegabytes() * 1024L * 1024L)
        .maxConcurrentRequests(settings.concurrentRequests())
        .flushInterval(2, TimeUnit.SECONDS)
        .backoffPolicy(BackoffPolicy.exponentialBackoff(500L, 6))
        .listener(new Listener()));
  }

  /** Queues one article; blocks while every bulk request is busy. Throws once the cluster has failed. */
  public void write(Article article, String origin, long position) throws ClusterFailedException {
    Throwable failed = failure.get();
    if (failed != null) {
      throw new ClusterFailedException(failed);
    }
    ingester.add(op -> op.create(c -> c.index(alias).id(article.id()).document(article)),
        new Pending(article, origin, position));
  }

  /** Sends what is queued and waits for every answer. Throws if the cluster failed on the way. */
  @Override
  public void close() throws ClusterFailedException {
    ingester.close();
    if (failure.get() == null) {
      try {
        // Those still missing now were deleted: nothing to mark.
        StoredArticles.markHavingCopies(client, alias, unmarked);
      } catch (IOException | RuntimeException e) {
        failure.compareAndSet(null, e);
      }
    }
    Throwable failed = failure.get();
    if (failed != null) {
      throw new ClusterFailedException(failed);
    }
  }

  private final class Listener implements BulkListener<Pending> {
    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {}

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
      handle(contexts, response);
    }

    /**
     * A request that failed as a whole (the connection dropped, the node restarted) is sent again
     * after 1, 2 and 4 s; every article in it is a create, so a repeat cannot double anything.
     */
    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable error) {
      Throwable last = error;
      for (long pause : RETRY_PAUSES_MS) {
        if (failure.get() != null) {
          break;
        }
        try {
          Thread.sleep(pause);
          handle(contexts, client.bulk(request));
          return;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        } catch (IOException | RuntimeException e) {
          last = e;
        }
      }
      counts.failed.add(contexts.size());
      failure.compareAndSet(null, last);
    }
  }

  private static final long[] RETRY_PAUSES_MS = {1000, 2000, 4000};

  private void handle(List<Pending> contexts, BulkResponse response) {
    List<Pending> conflicts = new ArrayList<>();
    Set<String> copied = new HashSet<>();
    for (int i = 0; i < response.items().size(); i++) {
      BulkResponseItem item = response.items().get(i);
      Pending pending = contexts.get(i);
      if (item.error() == null) {
        counts.indexed.increment();
        if (pending.article().duplicateOf() != null) {
          copied.add(pending.article().duplicateOf());
        }
      } else if (item.status() == 409) {
        conflicts.add(pending);
      } else if (item.status() == 429 || item.status() >= 500) {
        counts.failed.increment();
        failure.compareAndSet(null, new IOException("Elasticsearch answered " + item.status() + ": "
            + item.error().reason()));
      } else {
        counts.rejected.increment();
        rejects.accept(Rejection.of(pending.origin(), pending.position(),
            "refused by Elasticsearch: " + item.error().type() + ": " + item.error().reason(),
            pending.article().title()));
      }
    }
    if (!conflicts.isEmpty()) {
      reconcile(conflicts, copied);
    }
    mark(copied);
  }

  private void mark(Set<String> firstCopies) {
    try {
      unmarked.addAll(StoredArticles.markHavingCopies(client, alias, firstCopies));
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  /**
   * Rewrites the already-stored articles whose content changed, still marked if they have copies;
   * counts the others as unchanged. The first copies of the rewritten copies go into {@code copied}.
   */
  private void reconcile(List<Pending> conflicts, Set<String> copied) {
    try {
      Map<String, String> storedHashes = StoredArticles.contentHashes(client, alias,
          conflicts.stream().map(p -> p.article().id()).toList());
      List<Pending> changed = conflicts.stream()
          .filter(p -> !p.article().contentHash().equals(storedHashes.get(p.article().id())))
          .toList();
      counts.unchanged.add(conflicts.size() - changed.size());
      if (changed.isEmpty()) {
        return;
      }
      // The mark is in _source only: read for the few articles rewritten.
      Map<String, Article> stored = StoredArticles.byId(client, alias,
          changed.stream().map(p -> p.article().id()).toList(), ArticleFields.HAS_COPIES);
      BulkResponse rewritten = StoredArticles.indexAll(client, alias, changed.stream()
          .map(p -> p.article().withHasCopies(hasCopies(stored.get(p.article().id())))).toList());
      for (int i = 0; i < rewritten.items().size(); i++) {
        BulkResponseItem item = rewritten.items().get(i);
        if (item.error() == null) {
          counts.updated.increment();
          if (changed.get(i).article().duplicateOf() != null) {
            copied.add(changed.get(i).article().duplicateOf());
          }
        } else {
          counts.rejected.increment();
          Pending p = changed.get(i);
          rejects.accept(Rejection.of(p.origin(), p.position(), "update refused by Elasticsearch: "
              + item.error().reason(), p.article().title()));
        }
      }
    } catch (IOException | RuntimeException e) {
      counts.failed.add(conflicts.size());
      failure.compareAndSet(null, e);
    }
  }

  private static Boolean hasCopies(Article stored) {
    return stored == null ? null : stored.hasCopies();
  }

  /** The cluster failed while the load ran; what was acknowledged before stays indexed. */
  public static final class ClusterFailedException extends Exception {
    ClusterFailedException(Throwable cause) {
      super("Elasticsearch failed during the load: " + cause.getMessage(), cause);
    }
  }
}
