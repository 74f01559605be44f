package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newssearch.enrich.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {

  private static QueryTranslator translator;

  @BeforeAll
  static void load() {
    translator = new QueryTranslator(Glossary.load(), Dictionary.EMPTY, Gazetteer.load(), Vocabulary.NONE);
  }

  /** A translator whose index vocabulary is {@code articles}: each word and how many articles use it. */
  private static QueryTranslator withArticles(Map<String, Long> articles) {
    return withArticles(Dictionary.EMPTY, articles);
  }

  /** A translator with {@code dictionary} whose index vocabulary is {@code articles}. */
  private static QueryTranslator withArticles(Dictionary dictionary, Map<String, Long> articles) {
    return new QueryTranslator(Glossary.load(), dictionary, Gazetteer.load(),
        (Collection<String> words) -> words.stream().filter(articles::containsKey)
            .collect(Collectors.toMap(w -> w, articles::get)));
  }

  private static String describe(List<TermGroup> groups) {
    return groups.stream().map(g -> g.source() + "=" + g.kind() + g.alternatives()).toList().toString();
  }

  @Test
  void theMissionQueryBecomesRussianTermGroups() {
    List<TermGroup> groups = translator.translate("SCO digital forum Astana 2024");
    assertThat(groups).extracting(TermGroup::source).containsExactly("SCO", "digital forum", "Astana", "2024");
    assertThat(groups.get(0).alternatives()).contains("ШОС", "Шанхайская организация сотрудничества");
    assertThat(groups.get(1).alternatives()).containsExactly("цифровой форум");
    assertThat(groups.get(2).alternatives()).contains("Астана", "Нур-Султан");
    assertThat(groups.get(3).kind()).isEqualTo(TermGroup.Kind.KEPT);
  }

  @Test
  void namesTransliterationsAndPluralsAreFound() {
    assertThat(describe(translator.translate("Tokaev sanctions elections"))).contains("Tokaev=ENTITY[Касым-Жомарт Токаев, Токаев]")
        .contains("sanctions=GLOSSARY[санкции").contains("elections=GLOSSARY[выборы");
    assertThat(describe(translator.translate("summits"))).contains("summits=GLOSSARY[саммит");
    assertThat(describe(translator.translate("SCO's summit"))).as("a possessive, whatever the lookup")
        .contains("SCO's=ENTITY[Шанхайская организация сотрудничества", "summit=GLOSSARY[саммит");
    assertThat(describe(translator.translate("the Government's decision"))).contains("Government's=GLOSSARY[правительство");
  }

  @Test
  void anOrdinalIsANumberEvenWhenAnArticleWritesItInLatinLetters() {
    QueryTranslator withArticles = new QueryTranslator(Glossary.load(), Dictionary.EMPTY, Gazetteer.load(),
        (Collection<String> words) -> words.stream().filter(w -> w.equals("25th")).collect(Collectors.toMap(w -> w, w -> 4L)));

    assertThat(describe(withArticles.translate("Gazprom 25th anniversary"))).contains("25=KEPT[]");
  }

  @Test
  void anEnglishNumberIsAlsoSearchedAsRussianWritesIt() {
    QueryTranslator translator = new QueryTranslator(Glossary.load(), Dictionary.EMPTY, Gazetteer.load(), words -> Map.of());

    assertThat(describe(translator.translate("sanctions on 12,000 firms"))).contains("12,000=KEPT[12000, 12 000]");
    assertThat(describe(translator.translate("inflation of 1.35%"))).contains("1.35=KEPT[1,35]");
    assertThat(describe(translator.translate("sanctions worth $2,500."))).contains("2,500=KEPT[2500, 2 500]");
    assertThat(describe(translator.translate("summit 2024"))).as("a number without separators is as written")
        .contains("2024=KEPT[]");
    assertThat(translator.translate("12,000 1.35")).as("numbers alone are nothing to translate")
        .noneMatch(TermGroup::required);
  }

  @Test
  void aRomanNumeralInCapitalsIsSearchedAsWrittenNotSpeltAsAName() {
    // Every spelling is in the articles: only the numeral rule keeps «Иии» out.
    QueryTranslator withArticles = new QueryTranslator(Glossary.load(), Dictionary.EMPTY, Gazetteer.load(),
        (Collection<String> words) -> words.stream().collect(Collectors.toMap(w -> w, w -> 40L, (a, b) -> a)));

    assertThat(describe(withArticles.translate("Henry III sanctions"))).contains("III=AS_WRITTEN[]");
    assertThat(describe(withArticles.translate("Super Bowl XXXIII?"))).contains("XXXIII=AS_WRITTEN[]");
    assertThat(describe(withArticles.translate("World War IV sanctions"))).contains("IV=AS_WRITTEN[]");
    assertThat(describe(withArticles.translate("Ivan sanctions"))).as("a name of those letters")
        .doesNotContain("Ivan=AS_WRITTEN[]");
    assertThat(describe(withArticles.translate("MIX sanctions"))).as("other letters").doesNotContain("MIX=AS_WRITTEN[]");
  }

  @Test
  void aRussianQueryIsLeftAlone() {
    assertThat(translator.translate("Токаев ШОС цифровой хаб")).isEmpty();
    assertThat(translator.translate("2024")).isEmpty();
  }

  @Test
  void aRussianWordAmongEnglishOnesIsUnderstoodAsWrittenAndItsFunctionWordsSkipped() {
    assertThat(describe(translator.translate("санкции EU"))).contains("санкции=AS_WRITTEN[]", "EU=ENTITY[");
    assertThat(describe(translator.translate("Путин и Biden"))).contains("Путин=AS_WRITTEN[]", "и=SKIPPED[]");
    assertThat(translator.translate("санкции EU")).filteredOn(TermGroup::required).hasSize(2);
  }

  @Test
  void aKazakhNameIsReadAsItsRussianForms() {
    assertThat(describe(translator.translate("Тоқаев ШОС"))).contains("Тоқаев=ENTITY[Касым-Жомарт Токаев, Токаев]");
  }

  @Test
  void anAcronymIsANameOnlyInCapitals() {
    QueryTranslator translator = new QueryTranslator(Glossary.load(), Dictionary.EMPTY, Gazetteer.load(),
        Vocabulary.NONE);
    assertThat(describe(translator.translate("WHO warns"))).contains("WHO=ENTITY[Всемирная организация здравоохранения, ВОЗ]");
    assertThat(describe(translator.translate("employees who need"))).contains("who=SKIPPED[]");
    assertThat(describe(translator.translate("It sanctions"))).contains("It=SKIPPED[]");
    assertThat(describe(translator.translate("IT"))).contains("IT=GLOSSARY[IT");
    assertThat(describe(translator.translate("US sanctions"))).contains("US=ENTITY[США");
    assertThat(describe(translator.translate("sanctions against us"))).contains("us=SKIPPED[]");
  }

  @Test
  void aTextThatIsOneNameHasItsRussianFormsAndAnythingElseNone() {
    QueryTranslator withArticles = withArticles(Map.of("хабибуллин", 12L));
    assertThat(withArticles.nameForms("Tokaev")).containsExactly("Касым-Жомарт Токаев", "Токаев");
    assertThat(withArticles.nameForms("the Khabibullin")).containsExactly("Хабибуллин");
    assertThat(withArticles.nameForms("sanctions")).as("a word's senses are guesses").isEmpty();
    assertThat(withArticles.nameForms("Tokaev sanctions")).as("not one name").isEmpty();
    assertThat(withArticles.nameForms("Токаев")).as("Russian already").isEmpty();
  }

  @Test
  void latinNamesTakeOnlyTheSpellingsTheArticlesUse() {
    Map<String, Long> articles = Map.of("хабибуллин", 12L, "Ryanair", 3L);
    QueryTranslator withArticles = withArticles(articles);

    List<TermGroup> groups = withArticles.translate("the pilot Khabibullin Ryanair Zzyxq Khabibullin's");

    assertThat(describe(groups)).contains("the=SKIPPED[]", "Khabibullin=TRANSLITERATION[Хабибуллин]",
        "Ryanair=AS_WRITTEN[]", "Zzyxq=KEPT[]", "Khabibullin's=TRANSLITERATION[Хабибуллин]");
    assertThat(groups).filteredOn(g -> g.source().equals("Khabibullin")).extracting(TermGroup::language)
        .containsExactly(TokenLanguage.RUSSIAN_IN_LATIN);
  }

  @Test
  void anUnknownCapitalisedWordThatStartsTheTextIsAlsoReadAsALoan() {
    QueryTranslator withArticles = withArticles(Map.of("стратиграф", 5L));

    assertThat(describe(withArticles.translate("Stratigraphers locate areas"))).as("a sentence's capital")
        .contains("Stratigraphers=TRANSLITERATION[Стратиграф]");
    assertThat(describe(withArticles.translate("The Stratigraphers locate areas"))).as("after a function word too")
        .contains("Stratigraphers=TRANSLITERATION[Стратиграф]");
    assertThat(describe(withArticles.translate("areas Stratigraphers locate"))).as("inside the text, a name's only")
        .contains("Stratigraphers=KEPT[]");
  }

  @Test
  void anUnknownLowercaseWordIsReadAsALoanItsPluralAsItsSingular() {
    Map<String, Long> articles = Map.of("хлоропласт", 7L, "эндосимбиотический", 2L);
    QueryTranslator withArticles = withArticles(articles);

    assertThat(describe(withArticles.translate("endosymbiotic chloroplasts"))).contains(
        "endosymbiotic=TRANSLITERATION[эндосимбиотический]", "chloroplasts=TRANSLITERATION[хлоропласт]");

    List<String> asked = new ArrayList<>();
    new QueryTranslator(Glossary.load(), Dictionary.EMPTY, Gazetteer.load(), (Collection<String> words) -> {
      asked.addAll(words);
      return Map.of();
    }).translate("immunodeficiency");
    assertThat(asked).as("the word and its cheapest spellings, not every reading").hasSize(13)
        .contains("immunodeficiency");
  }

  @Test
  void aRussianQueryNamingSomethingInLatinLettersIsNotTranslated() {
    Map<String, Long> articles = Map.of("Ryanair", 3L);
    QueryTranslator withArticles = withArticles(articles);

    assertThat(withArticles.translate("пилоты Ryanair забастовка")).isEmpty();
    assertThat(describe(withArticles.translate("Ryanair pilots strike"))).contains("Ryanair=AS_WRITTEN[]");
  }

  @Test
  void aSenseIsFollowedByItsOtherVerbFormsThatTheArticlesUse() {
    Map<String, Long> articles = Map.of("арестовать", 40L, "посещать", 9L, "принимать участие", 5L);
    QueryTranslator withArticles = withArticles(articles);

    assertThat(describe(withArticles.translate("arrested attend"))).contains(
        "arrested=GLOSSARY[арестованный, арестовать, задержанный]",
        "attend=GLOSSARY[посетить, посещать, принять участие, принимать участие]");
    assertThat(describe(translator.translate("arrested"))).as("no article uses any other form")
        .contains("arrested=GLOSSARY[арестованный, задержанный]");
  }

  @Test
  void aLongTextKeepsItsTermsTheFewestArticlesUseAsCommonAsTheirMostCommonForm() {
    Map<String, Long> articles = Map.of("саммит", 50L, "выборы", 300L, "избрание", 1L, "Астана", 20L, "2024", 100L);
    QueryTranslator withArticles = withArticles(articles);
    List<TermGroup> text = List.of(
        new TermGroup("summit", List.of("саммит"), TermGroup.Kind.GLOSSARY, TokenLanguage.ENGLISH),
        new TermGroup("the", List.of(), TermGroup.Kind.SKIPPED, TokenLanguage.ENGLISH),
        new TermGroup("election", List.of("выборы", "избрание"), TermGroup.Kind.DICTIONARY, TokenLanguage.ENGLISH),
        new TermGroup("Astana", List.of("Астана"), TermGroup.Kind.ENTITY, TokenLanguage.ENGLISH),
        new TermGroup("2024", List.of(), TermGroup.Kind.KEPT, TokenLanguage.NUMBER),
        new TermGroup("quux", List.of("кукс"), TermGroup.Kind.DICTIONARY, TokenLanguage.ENGLISH));

    assertThat(describe(withArticles.mostSignificant(text, 2)))
        .isEqualTo("[summit=GLOSSARY[саммит], the=SKIPPED[], election=SKIPPED[], Astana=ENTITY[Астана], 2024=SKIPPED[], "
            + "quux=SKIPPED[]]");
    assertThat(describe(withArticles.mostSignificant(text, 10))).as("no article uses «кукс»")
        .isEqualTo("[summit=GLOSSARY[саммит], the=SKIPPED[], election=DICTIONARY[выборы, избрание], "
            + "Astana=ENTITY[Астана], 2024=KEPT[], quux=SKIPPED[]]");
    List<TermGroup> russian = List.of(text.get(3), new TermGroup("саммит", List.of(), TermGroup.Kind.KEPT,
        TokenLanguage.RUSSIAN), new TermGroup("прошёл", List.of(), TermGroup.Kind.KEPT, TokenLanguage.RUSSIAN));
    assertThat(withArticles.mostSignificant(russian, 10)).as("a Russian passage naming Astana in Latin letters")
        .isEmpty();
    List<TermGroup> kazakh = List.of(text.get(3), new TermGroup("Астанада", List.of(), TermGroup.Kind.KEPT,
        TokenLanguage.KAZAKH), new TermGroup("өтті", List.of(), TermGroup.Kind.KEPT, TokenLanguage.KAZAKH), text.get(4));
    assertThat(withArticles.mostSignificant(kazakh, 10)).as("a Kazakh one, its number aside").isEmpty();
  }

  @Test
  void aCompoundNothingKnowsWholeIsReadAsItsWords() {
    Dictionary dictionary = dictionary("space", "пространство", "time", "время", "infection", "заражение", "moon",
        "луна", "year", "год", "old", "старый", "e", "ми", "mail", "почта");
    QueryTranslator translator = new QueryTranslator(Glossary.load(), dictionary, Gazetteer.load(), Vocabulary.NONE);

    assertThat(describe(translator.translate("space-time curvature"))).startsWith("[space=GLOSSARY[космос")
        .contains("time=DICTIONARY[время]");
    assertThat(describe(translator.translate("a 41-year-old")))
        .contains("41=KEPT[]", "year=DICTIONARY[год]", "old=DICTIONARY[старый]");
    assertThat(describe(translator.translate("Russia-Ukraine talks"))).as("names the gazetteer knows")
        .contains("Russia=ENTITY[Россия", "Ukraine=ENTITY[Украина");
    assertThat(describe(translator.translate("US-China trade"))).contains("US=ENTITY[США", "China=ENTITY[Китай");
    assertThat(describe(translator.translate("re-infection"))).as("a prefix makes one word")
        .isEqualTo("[re-infection=DICTIONARY[заражение]]");
    assertThat(translator.translate("e-mail")).as("a letter is a prefix").extracting(TermGroup::source)
        .containsExactly("e-mail");
    assertThat(translator.translate("Ki-Moon")).as("a name: ki is no word").extracting(TermGroup::source)
        .containsExactly("Ki-Moon");
  }

  @Test
  void aTextTypedInCapitalsIsReadAsWordsButItsKnownAcronymsStayNames() {
    assertThat(describe(translator.translate("NATO AND THE EU IMPOSE SANCTIONS")))
        .contains("NATO=ENTITY[", "and=SKIPPED[]", "the=SKIPPED[]", "EU=ENTITY[", "sanctions=GLOSSARY[санкции");
    assertThat(describe(translator.translate("ARE THE SANCTIONS ON"))).contains("are=SKIPPED[]", "on=SKIPPED[]");
    assertThat(describe(translator.translate("WHO and IT sanctions"))).as("two words in capitals are acronyms")
        .contains("WHO=ENTITY[", "IT=GLOSSARY[IT");
    assertThat(translator.translate("IAAF WADA UEFA ban")).as("no function word: acronyms")
        .extracting(TermGroup::source).startsWith("IAAF", "WADA", "UEFA");
  }

  @Test
  void aMisspeltWordIsReadAsTheOneWordALetterAway() {
    Dictionary dictionary = dictionary("cattle", "скот", "castle", "замок", "septicaemia", "заражение крови");
    QueryTranslator translator = new QueryTranslator(Glossary.load(), dictionary, Gazetteer.load(), Vocabulary.NONE);

    assertThat(describe(translator.translate("fighting coruption"))).contains("coruption=GLOSSARY[коррупция");
    assertThat(describe(translator.translate("what is septicemia"))).contains("septicemia=DICTIONARY[заражение крови]");
    assertThat(describe(translator.translate("catsle sanctions"))).as("castle or cattle: no guess")
        .contains("catsle=KEPT[]");
    QueryTranslator withArticles = withArticles(dictionary, Map.of("septicemia", 2L));
    assertThat(describe(withArticles.translate("septicemia sanctions"))).as("a word the articles use is no typo")
        .contains("septicemia=AS_WRITTEN[]");
  }

  @Test
  void aLowercaseWordNothingElseReadsIsReadAsAClosedCompound() {
    Dictionary dictionary = dictionary("rain", "дождь", "forest", "лес", "strati", "слоистые облака", "graphic",
        "графический");
    // A few articles in English use «rainforest» as written.
    QueryTranslator translator = withArticles(dictionary, Map.of("стратиграфический", 3L, "rainforest", 2L));

    assertThat(describe(translator.translate("rainforest animals"))).contains("rainforest=DICTIONARY[лес, дождь]");
    assertThat(describe(translator.translate("Rainforest sanctions"))).as("capitalised, maybe a name")
        .contains("Rainforest=KEPT[]");
    assertThat(describe(translator.translate("stratigraphic sections"))).as("a loan the articles use comes first")
        .contains("stratigraphic=TRANSLITERATION[стратиграфический]");
    QueryTranslator withoutArticles = new QueryTranslator(Glossary.load(), dictionary, Gazetteer.load(), Vocabulary.NONE);
    assertThat(describe(withoutArticles.translate("stratigraphic sections")))
        .contains("stratigraphic=DICTIONARY[графический, слоистые облака]");
  }

  @Test
  void aLongDictionaryWordAlsoSearchesItsOwnSpellingInCyrillicThatManyArticlesUse() {
    Dictionary dictionary = dictionary("experiment", "опыт", "moment", "момент", "lemur", "полуобезьяна", "sudden",
        "внезапный");
    QueryTranslator translator = withArticles(dictionary,
        Map.of("эксперимент", 120L, "момент", 80L, "лемур", 300L, "суден", 2L));

    assertThat(describe(translator.translate("experiments failed"))).as("by its base form, after the senses")
        .contains("experiments=DICTIONARY[опыт, эксперимент]");
    assertThat(describe(translator.translate("moments later"))).as("no second form of a sense")
        .contains("moments=DICTIONARY[момент]");
    assertThat(describe(translator.translate("lemur sudden"))).as("a short word; one few articles use")
        .contains("lemur=DICTIONARY[полуобезьяна]", "sudden=DICTIONARY[внезапный]");
  }

  @Test
  void aVerbFollowedByTheWordsOfOneOfItsPhrasesGetsThePhrasesSensesFirst() {
    Dictionary dictionary = dictionaryOf("carry\n   _v. 1) везти 2) нести; carry out а) выполнять, проводить; б) выносить\n");
    QueryTranslator translator = withArticles(dictionary, Map.of());

    assertThat(describe(translator.translate("troops carried out strikes")))
        .contains("carried=DICTIONARY[выполнять, проводить, везти, нести]");
    assertThat(describe(translator.translate("strikes carried, out of reach"))).as("not past a comma")
        .contains("carried,=DICTIONARY[везти, нести]");
    assertThat(describe(translator.translate("strikes carried – out of reach"))).as("not past a dash")
        .contains("carried=DICTIONARY[везти, нести]");
    assertThat(describe(translator.translate("strikes carried (out of reach)"))).as("not into a bracket")
        .contains("carried=DICTIONARY[везти, нести]");
  }

  /** A dictionary of one sense a word, in the dictd layout: word, sense, word, sense… */
  private static Dictionary dictionary(String... wordsAndSenses) {
    List<String> articles = new ArrayList<>();
    for (int i = 0; i < wordsAndSenses.length; i += 2) {
      articles.add(wordsAndSenses[i] + "\n   _n. " + wordsAndSenses[i + 1] + "\n");
    }
    return dictionaryOf(articles.toArray(String[]::new));
  }

  /** A dictionary of these articles, each its headword's, in the dictd layout. */
  private static Dictionary dictionaryOf(String... articles) {
    List<String> index = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String article : articles) {
      int at = text.toString().getBytes(StandardCharsets.UTF_8).length;
      int length = article.getBytes(StandardCharsets.UTF_8).length;
      index.add(article.substring(0, article.indexOf('\n')) + "\t" + base64(at) + "\t" + base64(length));
      text.append(article);
    }
    return Dictionary.parse(index, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String base64(int n) {
    String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    return n < 64 ? String.valueOf(digits.charAt(n)) : base64(n / 64) + digits.charAt(n % 64);
  }
}
