package newssearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchLinksTest {

  private static SearchLinks links(Map<String, String[]> parameters) {
    return SearchLinks.of(parameters);
  }

  @Test
  void keepsEveryStateParameterInAFixedOrderAndEncodesValues() {
    SearchLinks links = links(Map.of("place", new String[] {"Астана"}, "q", new String[] {"ШОС & \"саммит\""},
        "sort", new String[] {"date"}, "page", new String[] {"2"}, "tracking", new String[] {"x"}));
    assertThat(links.current())
        .isEqualTo("/?q=%D0%A8%D0%9E%D0%A1+%26+%22%D1%81%D0%B0%D0%BC%D0%BC%D0%B8%D1%82%22"
            + "&place=%D0%90%D1%81%D1%82%D0%B0%D0%BD%D0%B0&sort=date&page=2");
  }

  @Test
  void aFacetLinkAddsTheValueOrRemovesItAndGoesBackToTheFirstPage() {
    SearchLinks links = links(Map.of("q", new String[] {"a"}, "organization", new String[] {"ООН"},
        "page", new String[] {"3"}));
    assertThat(links.toggle("organization", "НАТО")).isEqualTo("/?q=a&organization=%D0%9E%D0%9E%D0%9D"
        + "&organization=%D0%9D%D0%90%D0%A2%D0%9E");
    assertThat(links.toggle("organization", "ООН")).isEqualTo("/?q=a");
    assertThat(links.has("organization", "ООН")).isTrue();
    assertThat(links.has("organization", "НАТО")).isFalse();
  }

  @Test
  void chipsListTheActiveFiltersEachWithTheSearchWithoutIt() {
    SearchLinks links = links(Map.of("q", new String[] {"a"}, "person", new String[] {"X", "Y"},
        "from", new String[] {"2024-01-01"}));
    assertThat(links.chips()).containsExactly(
        new SearchLinks.Chip("person", "X", "/?q=a&from=2024-01-01&person=Y"),
        new SearchLinks.Chip("person", "Y", "/?q=a&from=2024-01-01&person=X"),
        new SearchLinks.Chip("dates", "2024-01-01 – ", "/?q=a&person=X&person=Y"));
  }

  @Test
  void pagingLinksKeepTheSearchAndDropTheOtherWayOfPaging() {
    SearchLinks links = links(Map.of("q", new String[] {"a"}, "cursor", new String[] {"abc"}));
    assertThat(links.page(2)).isEqualTo("/?q=a&page=2");
    assertThat(links.page(1)).isEqualTo("/?q=a");
    assertThat(links(Map.of("q", new String[] {"a"}, "page", new String[] {"5"})).cursor("c-1"))
        .isEqualTo("/?q=a&cursor=c-1");
  }

  @Test
  void datesCsvAndArticleLinks() {
    SearchLinks links = links(Map.of("q", new String[] {"a b"}, "expand", new String[] {"false"},
        "source", new String[] {"rt"}, "page", new String[] {"2"}));
    assertThat(links.dates(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
        .isEqualTo("/?q=a+b&from=2024-03-01&to=2024-03-31&source=rt&expand=false");
    assertThat(links.csv()).isEqualTo("/api/search.csv?q=a+b&source=rt&expand=false");
    assertThat(links.article("id/1 2")).isEqualTo("/articles/id%2F1%202?q=a+b&expand=false");
  }

  @Test
  void formsCarryTheRestOfTheStateButNotPaging() {
    SearchLinks links = links(Map.of("q", new String[] {"a"}, "from", new String[] {"2024-01-01"},
        "place", new String[] {"Астана", " "}, "page", new String[] {"2"}));
    assertThat(links.hiddenFields("from", "to")).containsExactly(Map.entry("q", "a"), Map.entry("place", "Астана"));
  }
}
