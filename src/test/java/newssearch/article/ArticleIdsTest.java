package newssearch.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void canonicalUrlDropsTrackingFragmentAndTrailingSlash() {
    assertThat(ArticleIds.canonicalUrl("HTTPS://Example.KZ/news/123/?utm_source=tg&id=5&fbclid=x#comments"))
        .contains("https://example.kz/news/123?id=5");
  }

  @Test
  void canonicalUrlRepairsAGluedSitePrefix() {
    assertThat(ArticleIds.canonicalUrl("https://russian.rt.comhttps://russian.rt.com/sport/article/1-x"))
        .contains("https://russian.rt.com/sport/article/1-x");
    assertThat(ArticleIds.canonicalUrl("https://a.kz/go?to=https://b.kz/x")).contains("https://a.kz/go?to=https://b.kz/x");
  }

  @Test
  void notAWebAddressHasNoCanonicalForm() {
    assertThat(ArticleIds.canonicalUrl("mailto:desk@example.kz")).isEmpty();
    assertThat(ArticleIds.canonicalUrl("not a url")).isEmpty();
    assertThat(ArticleIds.canonicalUrl(null)).isEmpty();
  }

  @Test
  void theSameArticleOverHttpOrHttpsWithOrWithoutWwwHasOneId() {
    assertThat(ArticleIds.idFor("http://www.ng.ru/politics/1.html", null, "a", "b"))
        .isEqualTo(ArticleIds.idFor("https://ng.ru/politics/1.html", null, "c", "d"));
  }

  @Test
  void withoutUrlTheKeyThenTheContentDecides() {
    assertThat(ArticleIds.idFor(null, "RIA/1", "a", "b")).startsWith("k").isEqualTo(ArticleIds.idFor(null, "RIA/1", "x", "y"));
    assertThat(ArticleIds.idFor(null, null, "Заголовок", "Текст  статьи")).startsWith("c")
        .isEqualTo(ArticleIds.idFor(null, null, "заголовок", "текст статьи"))
        .isNotEqualTo(ArticleIds.idFor(null, null, "Заголовок", "Другой текст"));
  }

  @Test
  void theContentHashIgnoresCaseAndTheKindAndLengthOfWhiteSpace() {
    assertThat(ArticleIds.contentHash(" Заголовок ", "Первый\tабзац", "Текст\r\n\n статьи  \f"))
        .isEqualTo(ArticleIds.contentHash("заголовок", "первый абзац", "текст статьи"))
        .isNotEqualTo(ArticleIds.contentHash("заголовок", "первый абзац", "текст статьи."));
  }

  @Test
  void theContentHashLowersCaseAsStringsDoWhereCharactersAloneWouldNot() {
    // İ lowers to i and a combining dot; a final Σ to ς, not σ; a Deseret capital to its small letter.
    assertThat(ArticleIds.contentHash("İstanbul", "ΟΔΟΣ", "\uD801\uDC00"))
        .isEqualTo(ArticleIds.contentHash("i\u0307stanbul", "οδος", "\uD801\uDC28"))
        .isNotEqualTo(ArticleIds.contentHash("istanbul", "οδοσ", "\uD801\uDC00"));
    assertThat(ArticleIds.idFor(null, null, "\u0001 ΟΔΟΣ ", "ΣΑΣ\t\tΣ"))
        .isEqualTo(ArticleIds.idFor(null, null, "οδος", "σας σ"));
  }
}
