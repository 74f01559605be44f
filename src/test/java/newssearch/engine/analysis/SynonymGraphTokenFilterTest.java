package newssearch.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymGraphTokenFilterTest {

  @Test
  void expandsAnAcronymIntoItsFullName() {
    var filter = synonyms(List.of("шос, шанхайская организация сотрудничества"), false);
    assertThat(Tokens.of(filter, "ШОС")).contains("шос", "шанхайская", "организация", "сотрудничества");
  }

  @Test
  void parsesRulesWithTheStandardTokenizerSoHyphenatedNamesMatch() {
    var filter = synonyms(List.of("астана, нур-султан"), false);
    assertThat(Tokens.of(filter, "Нур-Султан")).contains("астана", "нур", "султан");
  }

  @Test
  void withoutRulesPassesTokensThrough() {
    assertThat(Tokens.of(synonyms(List.of(), false), "ШОС")).containsExactly("шос");
  }

  @Test
  void aBrokenRuleFailsUnlessLenient() {
    List<String> broken = List.of("шос, шанхайская организация сотрудничества", "шос => шанхай => сотрудничество");
    assertThatThrownBy(() -> synonyms(broken, false)).hasMessageContaining("invalid rule");
    assertThat(Tokens.of(synonyms(broken, true), "ШОС")).contains("шанхайская");
  }

  private static SynonymGraphTokenFilter synonyms(List<String> rules, boolean lenient) {
    return new SynonymGraphTokenFilter(new SynonymGraphTokenFilter.Settings() {
      @Override
      public List<String> synonyms() {
        return rules;
      }

      @Override
      public boolean expand() {
        return true;
      }

      @Override
      public boolean lenient() {
        return lenient;
      }
    });
  }
}
