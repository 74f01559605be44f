package newssearch.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryTest {

  /**
   * Articles in the dictd layout of mueller7, written for this test; as there, the index lists each
   * under its headword in lowercase.
   */
  private static final Map<String, String> ARTICLES = new LinkedHashMap<>();

  static {
    ARTICLES.put("00-database-info", "00-database-info\n   a test dictionary\n");
    ARTICLES.put("summit", "summit\n   [ˈsʌmɪt] _n.\n   1) вершина, верх; пик\n   2) _дипл. встреча на высшем уровне\n");
    ARTICLES.put("veto", "veto\n   [ˈviːtəʊ]\n   1. _n. вето; запрет\n   2. _v. налагать вето; запрещать\n");
    ARTICLES.put("court", "court\n   _I [kɔːt] _n. суд; двор\n   _II _v. ухаживать\n");
    ARTICLES.put("ranger", "ranger\n   _n. 1) тот, кто бродит 2) лесничий\n");
    ARTICLES.put("confirmed", "confirmed\n   [kənˈfɜːmd]\n   1. _p-p. от confirm\n   2. _a.\n      1) хронический\n"
        + "      2) закоренелый\n");
    ARTICLES.put("evening", "evening\n   [ˈiːvnɪŋ] _n.\n   1) вечер\n   2) вечеринка\n");
    ARTICLES.put("even", "even\n   [ˈiːvn] _a. ровный; гладкий\n");
    ARTICLES.put("confirm", "confirm\n   [kənˈfɜːm] _v. 1) подтверждать 2) утверждать\n");
    ARTICLES.put("issue", "issue\n   1. _n.\n      1) вытекание, излияние\n      2) выпуск; издание\n"
        + "      3) спорный вопрос; проблема\n   2. _v.\n      1) выходить\n      2) выпускать\n");
    ARTICLES.put("score", "score\n   1. _n.\n      1) зарубка\n      2) счёт\n   2. _v.\n      1) засчитывать\n"
        + "      2) выигрывать\n");
    ARTICLES.put("leave", "leave\n   _I  [li:v] _n.\n      1) разрешение\n      2) отпуск\n   _II [li:v] _v. (left)\n"
        + "      1) уезжать\n      2) оставлять\n");
    ARTICLES.put("left", "left\n   _I  [lɛft] _p. и _p-p. от leave II\n   _II [lɛft]\n      1. _a. левый\n"
        + "      2. _n. левая сторона\n");
    ARTICLES.put("compound", "compound\n   \n      1. _n. смесь\n      2. _v. смешивать\n   _II _n. огороженное место\n");
    ARTICLES.put("took", "took\n   [tʊk] _p. от take 1\n");
    ARTICLES.put("take", "take\n   1. _v. 1) брать 2) захватывать; to take action действовать; принимать меры; to take part\n"
        + "      участвовать, принимать участие 3) (тж. take up) занимать\n   2. _n. улов\n");
    ARTICLES.put("advantage", "advantage\n   _n. преимущество; to take advantage of smth. воспользоваться чем-л.\n");
    ARTICLES.put("carry", "carry\n   _v. 1) везти 2) нести; to carry one's point отстоять свою позицию; to carry it off\n"
        + "      выдерживать; to carry into effect осуществлять; carry out\n         а) доводить до конца; выполнять,"
        + " проводить;\n         б) выносить;\n      carry into вносить; to carry over переносить на что-л.; to carry"
        + " on\n      продолжать, вести (дело)\n");
    ARTICLES.put("care", "care\n   1. _n. забота; to take care of smb. смотреть за кем-л., заботиться о ком-л.\n");
    ARTICLES.put("ice", "ice\n   _n. лёд; to break the ice сделать первый шаг\n");
    ARTICLES.put("break", "break\n   _v. ломать; to break the ice см. ice; to break into вламываться\n");
    ARTICLES.put("say", "say\n   _v. говорить, сказать; a few of them, say a dozen несколько из них, скажем, дюжина\n");
    ARTICLES.put("come", "come\n   _v. приходить; to come to прийти в себя, очнуться; to come into force вступать в силу\n");
    ARTICLES.put("fence", "fence\n   _n. забор; fence about, fence in окружать, ограждать\n");
    ARTICLES.put("turn", "turn\n   _v. вращать; to turn against smb. восстать против\n");
    ARTICLES.put("teeth", "teeth\n   [ti:θ] _pl. от tooth 1\n");
    ARTICLES.put("tooth", "tooth\n   _I [tu:θ] _n. (_pl. teeth) 1) зуб 2) зубец\n");
    ARTICLES.put("former", "former\n   _I [↗fɘ:mɜ] _n. составитель, творец\n   _II [↗fɘ:mɜ] _a. 1) прежний 2) первый\n");
    ARTICLES.put("color", "color\n   [↗kʌlɜ] _ам. = colour\n");
    ARTICLES.put("colour", "colour\n   [↗kʌlɜ]\n   1. _n. 1) цвет 2) краска\n   2. _v. красить\n");
    ARTICLES.put("coxy", "coxy\n   [↗kɘksɪ] = cocksy\n");
    ARTICLES.put("cocksy", "cocksy\n   [↗kɘksɪ] = cocky\n");
    ARTICLES.put("cocky", "cocky\n   [↗kɘkɪ] _a. самоуверенный\n");
    ARTICLES.put("loop", "loop\n   = pool\n");
    ARTICLES.put("pool", "pool\n   = loop\n");
    ARTICLES.put("March", "March\n   [mɑ:tʃ] _n. 1) март 2) _attr. мартовский\n");
    ARTICLES.put("march", "march\n   1. _n. марш\n   2. _v. маршировать\n");
    ARTICLES.put("Empire", "Empire\n   [↗ɛmpaɪɜ]\n   1. _n. стиль ампир\n   2. _a. в стиле ампир\n");
    ARTICLES.put("empire", "empire\n   [↗ɛmpaɪɜ] _n. империя; the E. Британская империя\n");
    ARTICLES.put("well", "well\n   _I [wɛl] _n. 1) родник 2) колодец 3) источник\n   _II [wɛl] _adv. 1) хорошо 2) вполне\n");
    ARTICLES.put("work", "work\n   1. _n. 1) работа 2) труд\n   2. _v. работать\n");
    ARTICLES.put("works", "works\n   [wɜ:ks] _n. завод\n");
    ARTICLES.put("new", "new\n   [nju:] _a. новый\n");
    ARTICLES.put("news", "news\n   [nju:z] _n. новости\n");
    ARTICLES.put("old", "old\n   [ɜʊld] _a. 1) старый 2) старческий\n");
    ARTICLES.put("attack", "attack\n   1. _n. атака\n   2. _v. атаковать\n");
    ARTICLES.put("vibration", "vibration\n   [vaɪ↗brɛɪʃɜn] _n. вибрация и пр. {см. vibrate}\n");
    ARTICLES.put("afraid", "afraid\n   [ɜ↗frɛɪd] _a. predic, испуганный; to be afraid of smth. бояться чего-л.\n");
    ARTICLES.put("several", "several\n   [↗sɛvrɜl] _a.\n      1) несколько\n      2) отдельный\n   2. как сущ. несколько\n");
    ARTICLES.put("view", "view\n   [vju:] _n. 1) вид 2) поле зрения\n   2. _v. осматривать\n");
    ARTICLES.put("lead", "lead\n   _I  [lɛd]\n      1. _n. свинец\n      2. _v. освинцовывать\n   _II [li:d]\n"
        + "      1. _n. руководство\n      2. _v. 1) вести 2) руководить\n");
    ARTICLES.put("led", "led\n   [lɛd] _p. и _p-p. от lead II, 2\n");
    ARTICLES.put("rain", "rain\n   [rɛɪn] _n. 1) дождь 2) ливень\n");
    ARTICLES.put("forest", "forest\n   [↗fɘrɪst] _n. лес\n");
    ARTICLES.put("free-way", "free-way\n   [↗fri:wɛɪ] _n. автострада\n");
    ARTICLES.put("aware", "aware\n   [ɜ↗wɛɜ] _a. сознающий\n");
    ARTICLES.put("ness", "ness\n   [nɛs] _n. мыс\n");
    ARTICLES.put("inter", "inter\n   [ɪn↗tɜ:] _v. предавать земле\n");
    ARTICLES.put("face", "face\n   [fɛɪs] _n. лицо\n");
    ARTICLES.put("cooper", "cooper\n   [↗ku:pɜ] _n. бондарь\n");
    ARTICLES.put("ate", "ate\n   [ɛt] _past от eat\n");
    ARTICLES.put("Zeus", "Zeus\n   [zju:s] _n. _миф. Зевс\n");
    ARTICLES.put("Celsius", "Celsius\n   [↗sɛlsjɜs] _n. термометр Цельсия; шкала термометра Цельсия\n");
    ARTICLES.put("rock", "rock\n   _I [rɘk] _n. 1) скала; the R. Гибралтар 2) опора\n   _II _v. качать\n");
  }

  private static Path write(Path folder) throws IOException {
    ByteArrayOutputStream articles = new ByteArrayOutputStream();
    List<String> index = new ArrayList<>();
    for (Map.Entry<String, String> article : ARTICLES.entrySet()) {
      byte[] bytes = article.getValue().getBytes(StandardCharsets.UTF_8);
      String headword = article.getValue().substring(0, article.getValue().indexOf('\n')).toLowerCase(Locale.ROOT);
      index.add(headword + "\t" + base64(articles.size()) + "\t" + base64(bytes.length));
      articles.write(bytes);
    }
    Path base = folder.resolve("test");
    Files.write(Path.of(base + ".index"), index);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(base + ".dict.dz")))) {
      out.write(articles.toByteArray());
    }
    return base;
  }

  private static String base64(long n) {
    String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder s = new StringBuilder();
    do {
      s.insert(0, digits.charAt((int) (n % 64)));
      n /= 64;
    } while (n > 0);
    return s.toString();
  }

  @Test
  void mainSensesOfEachPartOfSpeechComeFirst(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.size()).isEqualTo(61);
    assertThat(dictionary.translate("summit")).as("the first sense's first two translations")
        .containsExactly("вершина", "верх", "пик", "встреча на высшем уровне");
    assertThat(dictionary.translate("veto")).containsExactly("вето", "запрет", "налагать вето", "запрещать");
    assertThat(dictionary.translate("court")).as("a second homonym's first sense too").containsExactly("суд", "двор", "ухаживать");
    assertThat(dictionary.translate("ranger")).containsExactly("лесничий");
  }

  @Test
  void eachLaterHomonymsFirstSenseFollowsTheFirstHomonymsMainTwo(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("well")).containsExactly("родник", "колодец", "хорошо", "источник");
  }

  @Test
  void aFirstPartOfSpeechWithoutItsNumberAndTheArticlesOwnNotesAreRead(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("view")).containsExactly("вид", "поле зрения", "осматривать");
    assertThat(dictionary.translate("several")).containsExactly("несколько", "отдельный");
    assertThat(dictionary.translate("vibration")).as("«и пр.» sends to the verb").containsExactly("вибрация");
    assertThat(dictionary.translate("afraid")).as("«predic» labels a predicative adjective").containsExactly("испуганный");
  }

  @Test
  void aFormThatIsAHeadwordOfItsOwnAlsoGetsItsBasesSenses(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("works")).containsExactly("завод", "работа", "труд", "работать");
    assertThat(dictionary.translate("news")).as("no plural of an adjective").containsExactly("новости");
    assertThat(dictionary.translate("evening")).as("no form of a word that is no verb").containsExactly("вечер", "вечеринка");
  }

  @Test
  void aComparativeIsReadAsItsAdjective(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("older")).containsExactly("старый", "старческий");
    assertThat(dictionary.translate("attacker")).as("an attacker is no comparative of attack").isEmpty();
  }

  @Test
  void aClosedCompoundIsReadAsItsTwoWordsTheLastFirst(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.compoundSenses("rainforest")).containsExactly("лес", "дождь", "ливень");
    assertThat(dictionary.compoundSenses("rainforests")).as("the last word's plural").containsExactly("лес", "дождь", "ливень");
    assertThat(dictionary.compoundSenses("freeway")).as("the headword written with a hyphen").containsExactly("автострада");
    assertThat(dictionary.translate("rainforest")).as("a guess, not the dictionary's word").isEmpty();
  }

  @Test
  void suffixesPrefixesAndShortWordsThatAreWordsTooMakeNoCompound(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.compoundSenses("awareness")).isEmpty();
    assertThat(dictionary.compoundSenses("interface")).isEmpty();
    assertThat(dictionary.compoundSenses("cooperate")).isEmpty();
  }

  @Test
  void laterSensesFollowTheMainOnesEachPartOfSpeechInTurn(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("issue"))
        .containsExactly("вытекание", "излияние", "выпуск", "издание", "выходить", "выпускать");
  }

  @Test
  void inflectedWordsFindTheirBase(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("summits")).startsWith("вершина");
    assertThat(dictionary.translate("vetoed")).as("a verb's form: the verb's senses first")
        .startsWith("налагать вето", "запрещать", "вето");
    assertThat(dictionary.translate("scored")).containsExactly("засчитывать", "выигрывать", "зарубка", "счёт");
    assertThat(dictionary.translate("scores")).as("a noun's plural, or the verb's: as the dictionary orders it")
        .startsWith("зарубка");
    assertThat(dictionary.translate("unknown")).isEmpty();
    assertThat(dictionary.translate("confirmed")).as("a headword of its own, noted as the verb's form")
        .containsExactly("хронический", "закоренелый", "подтверждать", "утверждать");
    assertThat(dictionary.translate("evening")).as("a noun, whatever its ending").containsExactly("вечер", "вечеринка");
    assertThat(dictionary.translate("formerly")).as("an adverb: its adjective's senses, in whichever homonym")
        .containsExactly("прежний", "первый", "составитель", "творец");
  }

  @Test
  void aVerbsFormNotedByTheDictionaryFindsTheVerbInWhicheverHomonymItIs(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("left")).as("its own senses, from the homonym that has them, then leave's verb")
        .containsExactly("левый", "левая сторона", "уезжать", "оставлять", "разрешение", "отпуск");
    assertThat(dictionary.translate("took")).as("a past tense noted as «_p. от»").startsWith("брать", "захватывать");
    assertThat(dictionary.translate("compounds")).as("a first homonym without its mark").startsWith("смесь");
    assertThat(dictionary.translate("compounded")).startsWith("смешивать", "смесь");
  }

  @Test
  void aVerbsPhraseInItsArticleTranslatesItsFormsFollowedByThePhrasesWords(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));

    assertThat(dictionary.phraseSenses("took", List.of("part", "in"))).as("a past tense, a phrase among others")
        .containsExactly("участвовать", "принимать участие");
    assertThat(dictionary.phraseSenses("takes", List.of("action"))).containsExactly("действовать", "принимать меры");
    assertThat(dictionary.phraseSenses("carried", List.of("out", "strikes"))).as("a phrasal verb's sense а")
        .containsExactly("доводить до конца", "выполнять", "проводить");
    assertThat(dictionary.phraseSenses("carrying", List.of("into", "effect"))).as("the longest phrase")
        .containsExactly("осуществлять");
    assertThat(dictionary.phraseSenses("carry", List.of("into", "the"))).containsExactly("вносить");
    assertThat(dictionary.phraseSenses("carry", List.of("on"))).containsExactly("продолжать", "вести");
    assertThat(dictionary.phraseSenses("took", List.of("advantage", "of"))).as("an example in another word's article")
        .containsExactly("воспользоваться");
    assertThat(dictionary.translate("take")).as("the phrases are no senses of the word").containsExactly("брать",
        "захватывать", "улов", "занимать");
  }

  @Test
  void aPhraseWhoseWordsStandForAnObjectIsNoPhraseOfTheQuerysWords(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));

    assertThat(dictionary.phraseSenses("carry", List.of("one", "point"))).isEmpty();
    assertThat(dictionary.phraseSenses("carry", List.of("it", "off"))).isEmpty();
    assertThat(dictionary.phraseSenses("carry", List.of("over"))).as("without the object its translation names")
        .containsExactly("переносить");
    assertThat(dictionary.phraseSenses("take", List.of("a", "walk"))).isEmpty();
    assertThat(dictionary.phraseSenses("summit", List.of("out"))).isEmpty();
  }

  @Test
  void aPhraseTranslationIsReadPastTheDotOfItsObjectAndWithoutPointersOrDanglingPrepositions(@TempDir Path folder)
      throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));

    assertThat(dictionary.phraseSenses("took", List.of("care", "of"))).as("past «кем-л.», each without its object")
        .containsExactly("смотреть", "заботиться");
    assertThat(dictionary.phraseSenses("break", List.of("the", "ice"))).as("«см. ice» is no translation")
        .containsExactly("сделать первый шаг");
    assertThat(dictionary.phraseSenses("turned", List.of("against", "him"))).containsExactly("восстать");
  }

  @Test
  void aPhraseStartsAfterACommaOnlyWhereAnotherPhraseEndsThere(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));

    assertThat(dictionary.phraseSenses("say", List.of("a", "dozen"))).as("an example sentence").isEmpty();
    assertThat(dictionary.phraseSenses("fence", List.of("in"))).as("the second of two phrases with one translation")
        .containsExactly("окружать", "ограждать");
  }

  @Test
  void aPhraseOfAWordAndAPrepositionKeepsItsFirstTranslationOnly(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));

    assertThat(dictionary.phraseSenses("came", List.of("to", "warsaw"))).containsExactly("прийти в себя");
    assertThat(dictionary.phraseSenses("came", List.of("into", "force"))).containsExactly("вступать в силу");
    assertThat(dictionary.phraseSenses("break", List.of("into"))).containsExactly("вламываться");
  }

  @Test
  void aVerbsFormReadsTheHomonymItsNoteNamesFirst(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("led")).startsWith("вести", "руководить").contains("освинцовывать");
  }

  @Test
  void aWordWrittenInLowercaseIsNotReadAsTheCapitalisedHeadwordOfTheSameSpelling(@TempDir Path folder)
      throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("empire")).containsExactly("империя");
    assertThat(dictionary.translate("empires")).containsExactly("империя");
    assertThat(dictionary.translate("Empire")).as("a name, or a sentence's first word: both, the name's first")
        .containsExactly("стиль ампир", "в стиле ампир", "империя");
    assertThat(dictionary.translate("Empires")).as("a capitalised word's base form").startsWith("стиль ампир");
    assertThat(dictionary.englishFor(RussianForms.stems("империи"))).containsExactly("empire");
    assertThat(dictionary.englishFor(RussianForms.stems("марта"))).as("read backwards, the capitalised one too")
        .containsExactly("march");
    assertThat(dictionary.translate("Marched")).as("a capitalised verb's form is not the name's")
        .startsWith("маршировать");
  }

  @Test
  void aNamesArticleTranslatesByTheRussianName(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("Zeus")).containsExactly("Зевс");
    assertThat(dictionary.translate("Celsius")).as("a name inside a sense")
        .containsExactly("термометр Цельсия", "шкала термометра Цельсия");
    assertThat(dictionary.translate("rock")).as("in a word's article, a sense that is a name is the name's use")
        .containsExactly("скала", "опора", "качать");
  }

  @Test
  void anArticleThatOnlyPointsToAnotherHeadwordIsReadAsThatOne(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("color")).as("«_ам. = colour»").containsExactly("цвет", "краска", "красить");
    assertThat(dictionary.translate("colored")).as("and its forms").startsWith("красить");
    assertThat(dictionary.translate("coxy")).as("a pointer to a pointer, whichever is asked first")
        .containsExactly("самоуверенный");
    assertThat(dictionary.translate("cocksy")).containsExactly("самоуверенный");
    assertThat(dictionary.translate("loop")).as("pointers in a circle").isEmpty();
  }

  @Test
  void aPluralTheDictionaryListsOnlyToNameItsNounIsReadAsTheNoun(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.translate("teeth")).as("«_pl. от tooth»: no suffix rule finds tooth")
        .containsExactly("зуб", "зубец");
  }

  @Test
  void readBackwardsARussianWordFindsTheEnglishWordsWhoseMainSenseItIs(@TempDir Path folder) throws IOException {
    Dictionary dictionary = Dictionary.loadIfPresent(write(folder));
    assertThat(dictionary.englishFor(RussianForms.stems("суда"))).containsExactly("court");
    assertThat(dictionary.englishFor(RussianForms.stems("встрече на высшем уровне"))).containsExactly("summit");
    assertThat(dictionary.englishFor(RussianForms.stems("вето"))).containsExactly("veto");
    assertThat(dictionary.englishFor(RussianForms.stems("ухаживать"))).isEmpty();
  }

  @Test
  void aMissingDictionaryIsEmpty(@TempDir Path folder) {
    assertThat(Dictionary.loadIfPresent(folder.resolve("absent")).size()).isZero();
  }
}
