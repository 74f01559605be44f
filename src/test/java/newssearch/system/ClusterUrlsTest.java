package newssearch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.http.HttpHost;
import org.junit.jupiter.api.Test;

class ClusterUrlsTest {

  @Test
  void oneUrlIsOneHost() {
    assertThat(ClusterUrls.parse("http://localhost:9200")).containsExactly(new HttpHost("localhost", 9200, "http"));
  }

  @Test
  void commaSeparatedUrlsAreEveryNodeInTheOrderGiven() {
    List<HttpHost> hosts = ClusterUrls.parse("https://es1.example.org:9200, https://es2.example.org:9201/,http://10.0.0.3:9200");
    assertThat(hosts).containsExactly(
        new HttpHost("es1.example.org", 9200, "https"),
        new HttpHost("es2.example.org", 9201, "https"),
        new HttpHost("10.0.0.3", 9200, "http"));
  }

  @Test
  void aUrlWithoutPortKeepsTheSchemesDefault() {
    assertThat(ClusterUrls.parse("https://my-deployment.es.example.io").get(0).getPort()).isEqualTo(-1);
  }

  @Test
  void aMalformedUrlIsNamedInTheError() {
    assertThatThrownBy(() -> ClusterUrls.parse("http://localhost:9200,localhost:9201"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'localhost:9201' must start with http:// or https://")
        .hasMessageContaining("--es-url");
    assertThatThrownBy(() -> ClusterUrls.parse("http://local host:9200"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("'http://local host:9200' is not a URL");
    assertThatThrownBy(() -> ClusterUrls.parse("http://localhost:92OO"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("names no host");
  }

  @Test
  void anEmptyEntryBetweenCommasIsRefused() {
    assertThatThrownBy(() -> ClusterUrls.parse("http://a:9200,,http://b:9200"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("an empty URL between commas");
  }

  @Test
  void pathsAndCredentialsInTheUrlAreRefused() {
    assertThatThrownBy(() -> ClusterUrls.parse("http://localhost:9200/es"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("scheme, host and port only");
    assertThatThrownBy(() -> ClusterUrls.parse("https://elastic:secret@localhost:9200"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("NEWS_ES_USERNAME");
  }
}
