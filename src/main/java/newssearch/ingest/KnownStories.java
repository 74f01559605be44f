package newssearch.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newssearch.article.Article;
import newssearch.article.ArticleFields;
import newssearch.enrich.NearDuplicates;
import newssearch.index.NewsIndex;
import newssearch.pipeline.IngestProperties;
import newssearch.pipeline.Pipeline;
import newssearch.pipeline.StoredArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The stories already in the index, so that a copy ingested today is linked to the first copy
 * ingested last week. Read once per process from the newest stored first copies (in ingest order; as
 * many as {@code news.ingest.known-stories}), then kept up to date by every load of this process.
 * Reading them all would cost every process the whole index and a heap that grows with it.
 *
 * <p>A first copy carries its near-duplicate signature ({@code minhash}), read from doc values only.
 * Reading the texts (lede and body) and hashing them again decompresses a stored block per article:
 * for the 23,000 stories of the RT/NG and Telegram articles that took 26–32 s, the signatures 2–4 s.
 * An index made before the field existed, until it is reindexed, is still read by its texts.
 */
@Component
public class KnownStories {

  private static final Logger log = LoggerFactory.getLogger(KnownStories.class);
  private static final int PAGE = 500;

  private final ElasticsearchClient client;
  private final NewsIndex index;
  private final Pipeline pipeline;
  private final int capacity;
  private NearDuplicates stories;

  KnownStories(ElasticsearchClient client, NewsIndex index, Pipeline pipeline, IngestProperties settings) {
    this.client = client;
    this.index = index;
    this.pipeline = pipeline;
    this.capacity = settings.knownStories();
  }

  /** The stories of the index and of every earlier load of this process. */
  public synchronized NearDuplicates get() throws IOException {
    if (stories == null) {
      stories = load();
    }
    return stories;
  }

  private NearDuplicates load() throws IOException {
    NearDuplicates known = pipeline.newStories();
    if (!index.status().exists()) {
      return known;
    }
    Instant started = Instant.now();
    Query firstCopies = Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(ArticleFields.DUPLICATE_OF)))));
    List<FieldValue> oldest = StoredArticles.nthNewest(client, capacity, s -> s.index(index.alias()).query(firstCopies));
    Query newest = oldest == null ? firstCopies : Query.of(q -> q.bool(b -> b.filter(firstCopies).filter(f -> f.range(
        r -> r.date(d -> d.field(ArticleFields.INGESTED_AT).gte(oldest.get(0)._toJsonString())
            .format("epoch_millis"))))));
    if (StoredArticles.maps(client, index.alias(), ArticleFields.MINHASH)) {
      // A story too short to have a signature is no one's copy: only those with one are read.
      Query signed = Query.of(q -> q.bool(b -> b.filter(newest)
          .filter(f -> f.exists(e -> e.field(ArticleFields.MINHASH)))));
      StoredArticles.inIngestOrder(client, PAGE, Void.class, s -> s.index(index.alias()).query(signed)
          .storedFields("_none_")
          .docvalueFields(f -> f.field(ArticleFields.ID))
          .docvalueFields(f -> f.field(ArticleFields.MINHASH)),
          hits -> hits.forEach(hit -> known.remember(StoredArticles.docValue(hit, ArticleFields.ID),
              NearDuplicates.decoded(StoredArticles.docValue(hit, ArticleFields.MINHASH)))));
    } else {
      StoredArticles.inIngestOrder(client, PAGE, Article.class, s -> s.index(index.alias()).query(newest)
          .source(src -> src.filter(f -> f.includes(ArticleFields.ID, ArticleFields.LEDE, ArticleFields.BODY))),
          hits -> hits.stream().map(Hit::source)
              .forEach(a -> known.remember(a.id(), NearDuplicates.signature(a.storyText()))));
    }
    log.info("Read {} stories from the index for near-duplicate detection in {} ms", known.size(),
        Duration.between(started, Instant.now()).toMillis());
    return known;
  }
}
