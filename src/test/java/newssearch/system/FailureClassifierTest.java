package newssearch.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import newssearch.engine.EngineException;
import org.apache.http.conn.ConnectTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

class FailureClassifierTest {

  @Test
  void theCallersMistakesKeepTheirMessageForTheCaller() {
    Failure bad = FailureClassifier.classify(new InvalidInputException("size: a whole number from 1 to 100 expected"));
    assertThat(bad.outcome()).isEqualTo(Outcome.BAD_INPUT);
    assertThat(bad.callerMessage()).isEqualTo("size: a whole number from 1 to 100 expected");
    assertThat(FailureClassifier.classify(new NotFoundException("no article with id x")).outcome())
        .isEqualTo(Outcome.NOT_FOUND);
    assertThat(FailureClassifier.classify(new ConflictException("a job is running")).outcome())
        .isEqualTo(Outcome.CONFLICT);
  }

  @Test
  void aClusterThatCannotBeReachedOrStartedIsUnavailable() {
    assertThat(FailureClassifier.classify(new ConnectException("Connection refused")).outcome())
        .isEqualTo(Outcome.CLUSTER_UNAVAILABLE);
    assertThat(FailureClassifier.classify(new EngineException("no JDK found")).outcome())
        .isEqualTo(Outcome.CLUSTER_UNAVAILABLE);
  }

  @Test
  void aConnectionFailureWrappedByTheIndexVocabularyIsStillUnavailable() {
    Failure failure = FailureClassifier.classify(new UncheckedIOException(new ConnectException("Connection refused")));
    assertThat(failure.outcome()).isEqualTo(Outcome.CLUSTER_UNAVAILABLE);
    assertThat(failure.cause()).isInstanceOf(ConnectException.class);
  }

  @Test
  void aFailureWrappedBySpringAtStartUpIsClassifiedByTheCauseThatSaysWhy() {
    EngineException engine = new EngineException("Elasticsearch refuses to run as root", new IOException("exit 1"));
    Failure failure = FailureClassifier.classify(new BeanCreationException("elasticsearchConnection", "failed", engine));
    assertThat(failure.outcome()).isEqualTo(Outcome.CLUSTER_UNAVAILABLE);
    assertThat(failure.cause()).isSameAs(engine);
  }

  @Test
  void theClusterRefusingIsRefusedButNotNowIsUnavailable() {
    assertThat(FailureClassifier.classify(clusterSaid(400, "index_not_found_exception")).outcome())
        .isEqualTo(Outcome.CLUSTER_REFUSED);
    assertThat(FailureClassifier.classify(clusterSaid(503, "no_shard_available_action_exception")).outcome())
        .isEqualTo(Outcome.CLUSTER_UNAVAILABLE);
    assertThat(FailureClassifier.classify(clusterSaid(429, "es_rejected_execution_exception")).outcome())
        .isEqualTo(Outcome.CLUSTER_UNAVAILABLE);
  }

  @Test
  void anythingElseIsInternalWithItsDeepestCauseAndNothingForTheCaller() {
    IllegalStateException deepest = new IllegalStateException("10.0.0.7:9200 said something odd");
    Failure failure = FailureClassifier.classify(new RuntimeException("wrapper", deepest));
    assertThat(failure.outcome()).isEqualTo(Outcome.INTERNAL);
    assertThat(failure.cause()).isSameAs(deepest);
    assertThat(failure.callerMessage()).isNull();
    assertThat(FailureClassifier.classify(clusterSaid(500, "x")).callerMessage()).isNull();
  }

  @Test
  void aConnectionNotMadeInTimeIsUnavailableOneThatFellSilentATimeout() {
    assertThat(FailureClassifier.classify(new ConnectTimeoutException("Connect to 10.0.0.7:9200 timed out")).outcome())
        .isEqualTo(Outcome.CLUSTER_UNAVAILABLE);
    assertThat(FailureClassifier.classify(new SocketTimeoutException("15,000 milliseconds timeout")).outcome())
        .isEqualTo(Outcome.CLUSTER_TIMEOUT);
    Failure partial = FailureClassifier.classify(new ClusterTimeoutException("a search request on news timed out"));
    assertThat(partial.outcome()).isEqualTo(Outcome.CLUSTER_TIMEOUT);
    assertThat(partial.callerMessage()).isNull();
  }

  @Test
  void aSearchTurnedAwayIsOverloadedAndToldSo() {
    Failure busy = FailureClassifier.classify(new OverloadedException());
    assertThat(busy.outcome()).isEqualTo(Outcome.OVERLOADED);
    assertThat(busy.callerMessage()).isEqualTo(OverloadedException.DETAIL);
  }

  /** The two kinds of "not now" share 503: what sets them apart is the detail and the wait. */
  @Test
  void everyOutcomeHasItsOwnHttpStatusButTheTwoKindsOfNotNow() {
    assertThat(Outcome.values()).extracting(o -> o.status().value())
        .containsExactly(400, 404, 409, 503, 504, 503, 502, 500);
    assertThat(Outcome.OVERLOADED.retryAfterSeconds()).contains("1");
    assertThat(Outcome.CLUSTER_UNAVAILABLE.retryAfterSeconds()).contains("5");
    assertThat(Outcome.CLUSTER_TIMEOUT.retryAfterSeconds()).isEmpty();
  }

  private static ElasticsearchException clusterSaid(int status, String type) {
    return new ElasticsearchException("search",
        ErrorResponse.of(r -> r.status(status).error(e -> e.type(type).reason(type))));
  }
}
