package newssearch.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import newssearch.engine.EngineException;
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
  void everyOutcomeHasItsOwnHttpStatus() {
    assertThat(Outcome.values()).extracting(o -> o.status().value()).containsExactly(400, 404, 409, 503, 502, 500);
  }

  private static ElasticsearchException clusterSaid(int status, String type) {
    return new ElasticsearchException("search",
        ErrorResponse.of(r -> r.status(status).error(e -> e.type(type).reason(type))));
  }
}
