package newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private static final SearchLinks LINKS = SearchLinks.of(Map.of("q", new String[] {"a"}));

  @Test
  void numbersTheFirstPagesAndMarksTheCurrentOne() {
    Pagination pages = Pagination.of(LINKS, 35, 10, 2, false, "c2", 5);
    assertThat(pages.numbers()).extracting(Pagination.PageLink::number).containsExactly(1, 2, 3, 4);
    assertThat(pages.numbers()).filteredOn(Pagination.PageLink::current).extracting(Pagination.PageLink::number)
        .containsExactly(2);
    assertThat(pages.previous()).isEqualTo("/?q=a");
    assertThat(pages.next()).isEqualTo("/?q=a&page=3");
    assertThat(pages.more()).isFalse();
  }

  @Test
  void beyondTheNumberedPagesGoesOnByCursor() {
    Pagination pages = Pagination.of(LINKS, 500, 10, 5, false, "c5", 5);
    assertThat(pages.numbers()).hasSize(5);
    assertThat(pages.next()).isEqualTo("/?q=a&cursor=c5");
    assertThat(pages.more()).isTrue();
  }

  @Test
  void theLastPageHasNoNext() {
    Pagination pages = Pagination.of(LINKS, 50, 10, 5, false, "c5", 5);
    assertThat(pages.next()).isNull();
  }

  @Test
  void onePageOfHitsNeedsNoLinks() {
    Pagination pages = Pagination.of(LINKS, 7, 10, 1, false, null, 5);
    assertThat(pages.numbers()).isEmpty();
    assertThat(pages.previous()).isNull();
    assertThat(pages.next()).isNull();
  }

  @Test
  void aCursorPageLeadsBackToTheFirstAndOnToTheNext() {
    Pagination pages = Pagination.of(LINKS, 500, 10, 1, true, "c7", 5);
    assertThat(pages.numbers()).isEmpty();
    assertThat(pages.previous()).isEqualTo("/?q=a");
    assertThat(pages.next()).isEqualTo("/?q=a&cursor=c7");
    assertThat(Pagination.of(LINKS, 500, 10, 1, true, null, 5).next()).isNull();
  }
}
