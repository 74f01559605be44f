package newssearch.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import newssearch.article.Article;
import newssearch.article.ArticleFields;
import newssearch.enrich.NearDuplicates;
import newssearch.index.NewsIndex;
import newssearch.pipeline.StoredArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The stories already in the index, so that a copy ingested today is linked to the first copy
 * ingested last week. Read once per process from the stored first copies (their lede and body,
 * in ingest order), then kept up to date by every load of this process.
 */
@Component
public class KnownStories {

  private static final Logger log = LoggerFactory.getLogger(KnownStories.class);
  private static final int PAGE = 500;

  private final ElasticsearchClient client;
  private final NewsIndex index;
  private NearDuplicates stories;

  KnownStories(ElasticsearchClient client, NewsIndex index) {
    this.client = client;
    this.index = index;
  }

  /** The stories of the index and of every earlier load of this process. */
  public synchronized NearDuplicates get() throws IOException {
    if (stories == null) {
      stories = load();
    }
    return stories;
  }

  private NearDuplicates load() throws IOException {
    NearDuplicates known = new NearDuplicates(NearDuplicates.COPY_THRESHOLD);
    if (!index.status().exists()) {
      return known;
    }
    Instant started = Instant.now();
    StoredArticles.inIngestOrder(client, PAGE, s -> s.index(index.alias())
        .query(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(ArticleFields.DUPLICATE_OF)))))
        .source(src -> src.filter(f -> f.includes(ArticleFields.ID, ArticleFields.LEDE, ArticleFields.BODY))),
        hits -> {
          for (Hit<Article> hit : hits) {
            Article a = hit.source();
            known.remember(a.id(), (a.lede() == null ? "" : a.lede()) + "\n" + (a.body() == null ? "" : a.body()));
          }
        });
    log.info("Read {} stories from the index for near-duplicate detection in {} ms", known.size(),
        Duration.between(started, Instant.now()).toMillis());
    return known;
  }
}
