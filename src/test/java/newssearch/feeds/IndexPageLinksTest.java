package newssearch.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndexPageLinksTest {

  @Test
  void keepsTheSitesArticleLinksOnceAndLeavesOutNavigationFilesAndOtherSites() {
    String page = """
        <html><body>
        <nav><a href="/politics/">Politics</a><a href="/news/2026/menu-item">menu</a></nav>
        <main>
          <a href="/news/2026/11/28/tokayev-sco">Токаев и ШОС</a>
          <a href="https://www.example.kz/news/2026/11/28/tokayev-sco?utm_source=main">again, tracked</a>
          <a href="/article/12345">by number</a>
          <a href="/images/2026/photo.jpg">photo</a>
          <a href="https://other.kz/news/2026/x">another site</a>
          <a href="/section/">this page</a>
          <a href="/about">about</a>
        </main></body></html>""";

    assertThat(IndexPageLinks.of(page.getBytes(StandardCharsets.UTF_8), URI.create("https://example.kz/section/")))
        .containsExactly("https://example.kz/news/2026/11/28/tokayev-sco", "https://example.kz/article/12345");
  }
}
