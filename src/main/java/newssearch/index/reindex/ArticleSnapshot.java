package newssearch.index.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newssearch.article.Article;
import newssearch.pipeline.StoredArticles;

/**
 * The articles of an index as they were at one moment (a point in time), read by several sliced
 * searches in parallel and handed on in ingest order ({@code ingested_at}, then id): each slice is
 * read in that order with {@code search_after}, and the slices are merged. Ingest order matters
 * because near-duplicate detection names the first copy of a story as the one ingested first.
 */
final class ArticleSnapshot implements AutoCloseable {

  /** Receives the articles one by one. */
  interface Sink {
    void accept(Article article) throws Exception;
  }

  private static final String KEEP_ALIVE = "5m";
  private static final Comparator<Hit<Article>> INGEST_ORDER = Comparator
      .<Hit<Article>>comparingLong(h -> h.sort().get(0).longValue())
      .thenComparing(h -> h.sort().get(1).stringValue());

  private final ElasticsearchClient client;
  private final String pit;
  private final Query query;
  private final int slices;
  private final int pageSize;

  private ArticleSnapshot(ElasticsearchClient client, String pit, Query query, int slices, int pageSize) {
    this.client = client;
    this.pit = pit;
    this.query = query;
    this.slices = slices;
    this.pageSize = pageSize;
  }

  static ArticleSnapshot open(ElasticsearchClient client, String index, Query query, int slices, int pageSize)
      throws IOException {
    String pit = client.openPointInTime(p -> p.index(index).keepAlive(k -> k.time(KEEP_ALIVE))).id();
    return new ArticleSnapshot(client, pit, query, Math.max(1, slices), pageSize);
  }

  /** How many articles the snapshot holds. */
  long total() throws IOException {
    return client.search(s -> s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE))).query(query).size(0)
        .trackTotalHits(t -> t.enabled(true)), Article.class).hits().total().value();
  }

  /** Hands every article to the sink in ingest order; returns how many. */
  long forEach(Sink sink) throws Exception {
    ExecutorService readers = Executors.newFixedThreadPool(slices, r -> {
      Thread t = new Thread(r, "reindex-slice");
      t.setDaemon(true);
      return t;
    });
    try {
      PriorityQueue<SliceCursor> heads = new PriorityQueue<>(Comparator.comparing(SliceCursor::head, INGEST_ORDER));
      for (int slice = 0; slice < slices; slice++) {
        SliceCursor cursor = new SliceCursor();
        int id = slice;
        readers.submit(() -> read(id, cursor.pages));
        if (cursor.advance()) {
          heads.add(cursor);
        }
      }
      long count = 0;
      while (!heads.isEmpty()) {
        SliceCursor first = heads.poll();
        sink.accept(first.head().source());
        count++;
        if (first.advance()) {
          heads.add(first);
        }
      }
      return count;
    } finally {
      readers.shutdownNow();
    }
  }

  /** Reads one slice page by page into the queue; an empty page ends it, an exception is passed on. */
  private void read(int slice, BlockingQueue<Page> pages) {
    try {
      StoredArticles.inIngestOrder(client, pageSize, Article.class, s -> search(s, slice),
          hits -> pages.put(new Page(hits, null)));
      pages.put(new Page(List.of(), null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      try {
        pages.put(new Page(List.of(), e));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void search(SearchRequest.Builder s, int slice) {
    s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE)))
        .query(query)
        .trackTotalHits(t -> t.enabled(false));
    if (slices > 1) {
      s.slice(l -> l.id(Integer.toString(slice)).max(slices));
    }
  }

  private record Page(List<Hit<Article>> hits, Exception failure) {}

  /** The next unread article of one slice. */
  private static final class SliceCursor {
    final BlockingQueue<Page> pages = new ArrayBlockingQueue<>(2);
    private Iterator<Hit<Article>> current = List.<Hit<Article>>of().iterator();
    private Hit<Article> head;
    private boolean ended;

    Hit<Article> head() {
      return head;
    }

    /** Moves to the next article, waiting for the slice's next page: false at the end. */
    boolean advance() throws Exception {
      while (!current.hasNext()) {
        if (ended) {
          return false;
        }
        Page page = pages.take();
        if (page.failure() != null) {
          throw page.failure();
        }
        if (page.hits().isEmpty()) {
          ended = true;
        }
        current = page.hits().iterator();
      }
      head = current.next();
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    client.closePointInTime(c -> c.id(pit));
  }
}
