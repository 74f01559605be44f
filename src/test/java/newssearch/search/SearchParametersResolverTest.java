package newssearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import newssearch.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class SearchParametersResolverTest {

  private static SearchParameters read(MockHttpServletRequest request) {
    return new SearchParametersResolver().resolveArgument(null, null, new ServletWebRequest(request), null);
  }

  @Test
  void repeatedParametersAreListsAndValuesAreTakenWhole() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/search");
    request.addParameter("q", "ШОС, Астана");
    request.addParameter("source", "tass.ru", "kazinform.kz");
    request.addParameter("organization", "Министерство иностранных дел, Казахстан");
    request.addParameter("size", "20");
    SearchParameters p = read(request);
    assertThat(p.q()).isEqualTo("ШОС, Астана");
    assertThat(p.source()).containsExactly("tass.ru", "kazinform.kz");
    assertThat(p.organization()).containsExactly("Министерство иностранных дел, Казахстан");
    assertThat(p.person()).isNull();
    assertThat(p.onePage().size()).isEqualTo(20);
  }

  @Test
  void flagsAcceptTheWordsSpringDidAndNameABadOne() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/search");
    request.addParameter("collapse", "No");
    request.addParameter("expand", "on");
    SearchParameters p = read(request);
    assertThat(p.collapse()).isFalse();
    assertThat(p.expand()).isTrue();
    assertThat(read(new MockHttpServletRequest("GET", "/api/search")).collapse()).isNull();

    MockHttpServletRequest bad = new MockHttpServletRequest("GET", "/api/search");
    bad.addParameter("expand", "maybe");
    assertThatThrownBy(() -> read(bad)).isInstanceOf(InvalidInputException.class).hasMessageContaining("expand");
  }
}
