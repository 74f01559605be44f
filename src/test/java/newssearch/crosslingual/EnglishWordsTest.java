package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {

  @Test
  void inflectedFormsLeadToTheirBase() {
    assertThat(EnglishWords.baseForms("sanctions")).contains("sanction");
    assertThat(EnglishWords.baseForms("government's")).startsWith("government");
    assertThat(EnglishWords.baseForms("longest")).contains("long");
    assertThat(EnglishWords.baseForms("largest")).contains("large");
    assertThat(EnglishWords.baseForms("biggest")).contains("big");
    assertThat(EnglishWords.baseForms("earliest")).startsWith("early");
    assertThat(EnglishWords.baseForms("ministers'")).containsSubsequence("ministers", "minister");
    assertThat(EnglishWords.baseForms("re-introduced")).containsSubsequence("reintroduced", "introduced", "introduce");
    assertThat(EnglishWords.baseForms("parties")).startsWith("party");
    assertThat(EnglishWords.baseForms("expelling")).contains("expel");
    assertThat(EnglishWords.baseForms("ratified")).contains("ratify");
    assertThat(EnglishWords.baseForms("liberated")).contains("liberate");
    assertThat(EnglishWords.baseForms("gas")).isEmpty();
    assertThat(EnglishWords.baseForms("built")).startsWith("build");
    assertThat(EnglishWords.baseForms("withdrawn")).startsWith("withdraw");
    assertThat(EnglishWords.baseForms("fought")).startsWith("fight");
  }

  @Test
  void aStemOfOneVowelAndOneConsonantIsReadWithTheEItDropped() {
    assertThat(EnglishWords.baseForms("rates")).as("rate's, not rat's").containsSubsequence("rate", "rat");
    assertThat(EnglishWords.baseForms("coded")).containsSubsequence("code", "cod");
    assertThat(EnglishWords.baseForms("hoping")).containsSubsequence("hope", "hop");
    assertThat(EnglishWords.baseForms("boxes")).as("a sibilant takes -es itself").startsWith("box");
    assertThat(EnglishWords.baseForms("opened")).as("no e-form is a word: the dictionary skips it").contains("open");
    assertThat(EnglishWords.baseForms("singing")).startsWith("sing");
  }

  @Test
  void anAmericanSpellingAlsoLeadsToTheBritishOne() {
    assertThat(EnglishWords.baseForms("analyzed")).contains("analysed", "analyse");
    assertThat(EnglishWords.baseForms("epicenters")).contains("epicentre");
    assertThat(EnglishWords.baseForms("neighboring")).contains("neighbouring", "neighbour");
    assertThat(EnglishWords.baseForms("behaviors")).contains("behaviour");
    assertThat(EnglishWords.baseForms("traveled")).contains("travelled", "travel");
    assertThat(EnglishWords.baseForms("offense")).containsExactly("offence");
    assertThat(EnglishWords.baseForms("colour")).as("a British spelling stays").isEmpty();
  }

  @Test
  void aComparativeMayBeItsAdjectives() {
    assertThat(EnglishWords.comparedAdjectives("older")).contains("old");
    assertThat(EnglishWords.comparedAdjectives("larger")).contains("large");
    assertThat(EnglishWords.comparedAdjectives("bigger")).contains("big");
    assertThat(EnglishWords.comparedAdjectives("happier")).startsWith("happy");
    assertThat(EnglishWords.comparedAdjectives("over")).as("too short").isEmpty();
    assertThat(EnglishWords.isPluralOf("parties", "party")).isTrue();
    assertThat(EnglishWords.isPluralOf("works", "work")).isTrue();
    assertThat(EnglishWords.isPluralOf("worked", "work")).isFalse();
  }

  @Test
  void adverbsLeadToTheirAdjective() {
    assertThat(EnglishWords.baseForms("attacker")).as("an agent noun is not its verb").doesNotContain("attack");
    assertThat(EnglishWords.baseForms("firmly")).contains("firm");
    assertThat(EnglishWords.baseForms("seriously")).contains("serious");
    assertThat(EnglishWords.baseForms("happily")).contains("happy");
    assertThat(EnglishWords.baseForms("using")).contains("use");
    assertThat(EnglishWords.isAdverbOf("happily", "happy")).isTrue();
    assertThat(EnglishWords.isAdverbOf("firmly", "firm")).isTrue();
    assertThat(EnglishWords.isAdverbOf("formerly", "form")).as("formerly is former's").isFalse();
    assertThat(EnglishWords.isAdverbOf("only", "on")).as("too short to be an adverb's ending").isFalse();
  }

  @Test
  void aVerbsFormIsToldByItsEnding() {
    assertThat(EnglishWords.isVerbForm("scored", "score")).isTrue();
    assertThat(EnglishWords.isVerbForm("held", "hold")).isTrue();
    assertThat(EnglishWords.isVerbForm("sanctions", "sanction")).isFalse();
  }

  @Test
  void contractionsAreStopWords() {
    assertThat(EnglishWords.isStopWord("i'm")).isTrue();
    assertThat(EnglishWords.isStopWord("doesn’t")).isTrue();
    assertThat(EnglishWords.isStopWord("we'll")).isTrue();
    assertThat(EnglishWords.isStopWord("there's")).isTrue();
    assertThat(EnglishWords.isStopWord("putin's")).isFalse();
  }

  @Test
  void britishSpellingsAlsoLeadToTheDictionarysZ() {
    assertThat(EnglishWords.baseForms("penalised")).contains("penalize");
    assertThat(EnglishWords.baseForms("organisations")).contains("organization");
    assertThat(EnglishWords.baseForms("criticising")).contains("criticize");
    assertThat(EnglishWords.baseForms("promises")).contains("promise");
    assertThat(EnglishWords.baseForms("rise")).isEmpty();
  }

  @Test
  void functionWordsAreStopWords() {
    assertThat(EnglishWords.isStopWord("the")).isTrue();
    assertThat(EnglishWords.isStopWord("how")).isTrue();
    assertThat(EnglishWords.isStopWord("them")).as("not a name to transliterate («Тэм»)").isTrue();
    assertThat(EnglishWords.isStopWord("us")).isTrue();
    assertThat(EnglishWords.isStopWord("summit")).isFalse();
  }

  @Test
  void spellingsALetterAwayLeaveOutAddChangeOrSwapOneLetter() {
    assertThat(EnglishWords.oneLetterAway("cat")).contains("at", "ct", "act", "cta", "coat", "cats", "cut", "bat")
        .doesNotContain("cat", "tac", "dog");
  }
}
