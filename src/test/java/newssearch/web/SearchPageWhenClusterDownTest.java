package newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Port 9 on loopback has no Elasticsearch: the pages still render, with the status and a message. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "news.elasticsearch.url=http://127.0.0.1:9")
class SearchPageWhenClusterDownTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  private HttpResponse<String> get(String path, String language) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "text/html").header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theSearchPageSays503InTheReadersLanguageAndKeepsTheQueryBox() throws Exception {
    HttpResponse<String> russian = get("/?q=%D0%A8%D0%9E%D0%A1", "ru-RU,ru;q=0.9");
    assertThat(russian.statusCode()).isEqualTo(503);
    assertThat(russian.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(russian.body()).contains("<html lang=\"ru\"", "Поисковый кластер недоступен", "value=\"ШОС\"")
        .doesNotContain("Exception", "\tat ");
    assertThat(get("/articles/abc", "en").body()).contains("The search cluster cannot be reached");
  }

  @Test
  void anEnglishQuerySays503TooThoughItsTranslationAsksTheClusterFirst() throws Exception {
    // Names no glossary knows: the translation asks the index which spellings its articles use.
    HttpResponse<String> response = get("/?q=Ryanair+Zhaksylykov", "en");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("The search cluster cannot be reached", "value=\"Ryanair Zhaksylykov\"")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void aBadParameterIsA400PageNamingIt() throws Exception {
    HttpResponse<String> response = get("/?q=x&page=zero", "en");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("That search cannot be run", "page: a whole number");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    HttpResponse<String> response = get("/", "en");
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(
        SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY).contains("script-src 'self';").doesNotContain("unsafe");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    assertThat(get("/css/site.css", "en").headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }
}
