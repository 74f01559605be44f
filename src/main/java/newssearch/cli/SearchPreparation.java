package newssearch.cli;

import newssearch.alerts.AlertChecker;
import newssearch.feeds.FeedPoller;
import newssearch.index.NewsIndex;
import newssearch.ingest.SampleArticles;
import newssearch.system.ElasticsearchConnection;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * What {@code serve} does before it reports ready: the node green, the index behind its alias with
 * the configured replicas, the samples in an empty index. As an application runner it runs after the web server has started and
 * before Spring declares the application ready, so meanwhile health says OUT_OF_SERVICE and searches
 * are answered 503 with {@code Retry-After}. Then the saved searches' alerts and the
 * followed feeds start.
 */
class SearchPreparation implements ApplicationRunner {

  private final ElasticsearchConnection connection;
  private final NewsIndex index;
  private final SampleArticles samples;
  private final FeedPoller feeds;
  private final AlertChecker alerts;

  SearchPreparation(ElasticsearchConnection connection, NewsIndex index, SampleArticles samples, FeedPoller feeds,
      AlertChecker alerts) {
    this.connection = connection;
    this.index = index;
    this.samples = samples;
    this.feeds = feeds;
    this.alerts = alerts;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    connection.awaitReady();
    index.ensureExists();
    index.applyReplicas();
    samples.loadIfEmpty();
    alerts.start();
    feeds.start();
  }
}
