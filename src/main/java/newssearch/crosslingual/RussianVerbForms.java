package newssearch.crosslingual;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a verb that a dictionary's Russian sense does not spell out and news writes: the
 * other aspect of an infinitive (the dictionary gives «подтверждать», «отказываться», «принять»;
 * the article says «подтвердил», «откажется», «принимает») and the verb of a past passive
 * participle («арестованный» where the article says «арестуют»). The index lemmatises each form to
 * its own infinitive, so a sense finds these only when they are searched too.
 *
 * <p>Made by the regular suffix pairs of Russian aspect and their consonant changes
 * (подтвер<b>жд</b>ать → подтвер<b>д</b>ить, объяв<b>л</b>ять → объявить). The aspect of a dictionary's
 * infinitive is not known, so both directions are tried. These are guesses: the translator keeps
 * only those the articles use ({@link QueryTranslator}).
 */
public final class RussianVerbForms {

  private static final Pattern REFLEXIVE = Pattern.compile("(.*[ьт])(ся|сь)");
  private static final Pattern CYRILLIC_WORD = Pattern.compile("[а-яё]+");
  /** Spellings Russian does not have («-кыть», «-шять», a vowel before «ь»): a rule's guess that is surely no word. */
  private static final Pattern IMPOSSIBLE = Pattern.compile(".*(?:[гкхжшчщц]ы|[жшчщгкх][яю]|[аеиоуыэюя]ь).*");

  /**
   * Infinitives whose suffix says they are imperfective, into the perfective; the first rule that
   * applies answers. The stem keeps at least two or three letters, so that «ждать», «дать» and
   * «знать» are left alone.
   */
  private static final List<Rule> IMPERFECTIVE = List.of(
      new Rule("(.{3,})ывать", "$1ать"),                          // подписывать → подписать
      new Rule("(.{3,})авать", "$1ать"),                          // создавать → создать
      new Rule("(.{3,})имать", "$1ять"),                          // принимать → принять
      new Rule("(.{2,})а([^аеиоуыэюя]*[бвпмф])ливать", "$1о$2ить"), // останавливать → остановить
      new Rule("(.{2,})а([^аеиоуыэюя]+)ивать", "$1о$2ить", "$1о$2еть"), // заканчивать → закончить, рассматривать → рассмотреть
      new Rule("(.{3,})ивать", "$1ить"),
      new Rule("(.{3,})ждать", "$1дить"),                         // подтверждать → подтвердить
      new Rule("(.{3,})щать", "$1тить", "$1стить"),               // возвращать → возвратить, возмещать → возместить
      new Rule("(.{2,}[бвпмф])лять", "$1ить"));                   // объявлять → объявить
  /** Any other infinitive, whose aspect the suffix does not say: into the other aspect either way. */
  private static final List<Rule> EITHER = List.of(
      new Rule("(.{3,})стить", "$1щать"),                         // возместить → возмещать
      new Rule("(.{3,})тить", "$1щать"),                          // возвратить → возвращать
      new Rule("(.{3,})дить", "$1ждать"),                         // подтвердить → подтверждать
      new Rule("(.{2,}[бвпмф])ить", "$1лять"),                    // объявить → объявлять
      new Rule("(.{3,})ить", "$1ять", "$1ать"),                   // отменить → отменять, решить → решать
      new Rule("(.{3,})ять", "$1ить", "$1имать"),                 // заменять → заменить, принять → принимать
      new Rule("(.{3,})ать", "$1ить", "$1ывать", "$1авать"));     // решать → решить, подписать → подписывать
  /** A past passive participle into its infinitive. */
  private static final List<Rule> PARTICIPLE = List.of(
      new Rule("(.{3,})жденный", "$1дить"),                       // освобожденный → освободить
      new Rule("(.{3,})щенный", "$1тить", "$1стить"),             // возвращенный → возвратить
      new Rule("(.{2,}[бвпмф])ленный", "$1ить"),                  // объявленный → объявить
      new Rule("(.{3,})енный", "$1ить"),                          // назначенный → назначить
      new Rule("(.{3,})анный", "$1ать"),                          // арестованный → арестовать
      new Rule("(.{3,})янный", "$1ять"),                          // потерянный → потерять
      new Rule("(.{2,})тый", "$1ть"));                            // убитый → убить

  private RussianVerbForms() {}

  /**
   * The other forms of a sense: for each of its words that is an infinitive or a past passive
   * participle, the sense with that word in the other aspect, or as its verb. Empty for a sense
   * with neither.
   */
  public static List<String> of(String sense) {
    String[] words = sense.split(" ");
    Set<String> forms = new LinkedHashSet<>();
    for (int i = 0; i < words.length; i++) {
      for (String form : ofWord(words[i])) {
        String[] replaced = words.clone();
        replaced[i] = form;
        forms.add(String.join(" ", replaced));
      }
    }
    return List.copyOf(forms);
  }

  private static List<String> ofWord(String word) {
    String plain = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (!CYRILLIC_WORD.matcher(plain).matches()) {
      return List.of();
    }
    Matcher reflexive = REFLEXIVE.matcher(plain);
    boolean isReflexive = reflexive.matches();
    String bare = isReflexive ? reflexive.group(1) : plain;
    List<String> forms = new ArrayList<>();
    if (bare.endsWith("ть")) {
      List<String> perfective = apply(IMPERFECTIVE, bare);
      forms.addAll(perfective.isEmpty() ? apply(EITHER, bare) : perfective);
    } else if (!isReflexive) {
      forms.addAll(apply(PARTICIPLE, bare));
    }
    return forms.stream().filter(f -> !IMPOSSIBLE.matcher(f).matches())
        .map(f -> isReflexive ? f + "ся" : f).toList();
  }

  /** The forms the first rule that matches gives; none when none matches. */
  private static List<String> apply(List<Rule> rules, String word) {
    for (Rule rule : rules) {
      Matcher matcher = rule.pattern().matcher(word);
      if (matcher.matches()) {
        List<String> forms = new ArrayList<>();
        for (String replacement : rule.replacements()) {
          forms.add(matcher.replaceFirst(replacement));
        }
        return forms;
      }
    }
    return List.of();
  }

  private record Rule(Pattern pattern, String... replacements) {
    Rule(String pattern, String... replacements) {
      this(Pattern.compile(pattern), replacements);
    }
  }
}
