package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomFeedTest {

  private static final AtomFeed.Header HEADER = new AtomFeed.Header("urn:news-search:search:x", "x",
      "http://localhost/api/search.atom?q=x", "http://localhost/?q=x", "http://localhost");

  private static ArticleHit hit(String id, Instant published, Instant ingested) {
    return new ArticleHit(id, "https://example.org/" + id, "example.org", published, ingested, "ru", "Заголовок",
        "Заголовок", List.of("<mark>x</mark>"), 1.0, List.of(), List.of(), List.of(), null, 0);
  }

  @Test
  void timesWithNanosecondsReachAReaderAsTheSecondTheyFallIn() throws Exception {
    // A nine-digit fraction read as milliseconds would put this entry eleven days later.
    Instant ingested = Instant.parse("2026-11-29T06:15:48.996123456Z");
    Instant published = Instant.parse("2026-11-28T10:00:00.000000001Z");

    String xml = AtomFeed.write(HEADER, List.of(hit("a", published, ingested)), Instant.now());
    SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));

    assertThat(xml).contains("<updated>2026-11-29T06:15:48Z</updated>").doesNotContain(".996");
    assertThat(feed.getEntries().get(0).getUpdatedDate()).isEqualTo(Date.from(Instant.parse("2026-11-29T06:15:48Z")));
    assertThat(feed.getEntries().get(0).getPublishedDate()).isEqualTo(Date.from(Instant.parse("2026-11-28T10:00:00Z")));
    assertThat(feed.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2026-11-29T06:15:48Z")));
  }
}
