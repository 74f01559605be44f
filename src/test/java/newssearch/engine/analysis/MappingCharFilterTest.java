package newssearch.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MappingCharFilterTest {

  @Test
  void foldsYoIntoYe() {
    MappingCharFilter yo = new MappingCharFilter(() -> List.of("ё => е", "Ё => Е"));
    assertThat(Tokens.of(yo::create, UnaryOperator.identity(), "Ёлка ёж")).containsExactly("елка", "еж");
  }

  @Test
  void readsEscapesAsElasticsearchDoes() {
    assertThat(MappingCharFilter.unescape("\\u0451")).isEqualTo("ё");
    assertThat(MappingCharFilter.unescape("a\\tb\\\\c")).isEqualTo("a\tb\\c");
    MappingCharFilter escaped = new MappingCharFilter(() -> List.of("\\u0451 => \\u0435"));
    assertThat(Tokens.of(escaped::create, UnaryOperator.identity(), "ёж")).containsExactly("еж");
  }

  @Test
  void withoutRulesPassesTextThrough() {
    MappingCharFilter none = new MappingCharFilter(List::of);
    assertThat(Tokens.of(none::create, UnaryOperator.identity(), "Ёлка")).containsExactly("ёлка");
  }

  @Test
  void refusesARuleWithoutArrowOrKey() {
    assertThatThrownBy(() -> MappingCharFilter.parse(List.of("ё е"))).hasMessageContaining("invalid rule");
    assertThatThrownBy(() -> MappingCharFilter.parse(List.of(" => е"))).hasMessageContaining("empty key");
  }
}
