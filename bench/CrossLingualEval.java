import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import newssearch.article.ArticleIds;
import newssearch.enrich.Entity;
import newssearch.enrich.Gazetteer;

/**
 * Cross-lingual retrieval quality against a running service: the project's own queries for Russian
 * news articles (bench/crosslingual/queries.tsv, English and Russian, with and without expansion) and
 * the XQuAD questions (English and Russian) over its Russian paragraphs, its Russian questions over
 * the English originals, and entity names between Russian and Kazakh. Prints Success@1,
 * Success@10 and MRR (over the first 10 hits) per set. Environment: EVAL_SETS (any of {@code wmt},
 * {@code news}, {@code xquad}, {@code english}, {@code kazakh}, {@code passages}; all by default),
 * XQUAD_EVERY (every n-th XQuAD question only, default 1: all; a loaded machine answers all
 * 1,190 × 4 slowly), WMT_EVERY (every
 * n-th WMT sentence), EVAL_PROJECT_ONLY (the WMT set through the service alone, for tuning), EVAL_DEPTH
 * (hits asked for, default 10; more counts the targets found below the first page), ES_URL
 * (the cluster the service searches: the naive anchor is sent there).
 * Usage: CrossLingualEval SERVICE_URL QUERIES_TSV XQUAD_DIR XQUAD_SOURCE KAZAKH_SENTENCES
 */
public class CrossLingualEval {

  /** Hits asked for: 10, or EVAL_DEPTH to see how far below the first page the misses are. */
  private static final int DEPTH = Integer.parseInt(System.getenv().getOrDefault("EVAL_DEPTH", "10"));
  /** The address each WMT sentence is ingested under, before its id (bench/crosslingual-eval.sh). */
  private static final String WMT_URL = "https://wmt.invalid/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** One query, the article it is for, and the filter that keeps its set apart. */
  record Case(String id, String split, String text, String target, String filter) {}

  record Score(int queries, double successAt1, double successAt10, double mrr, double zero, double p50Millis) {}

  public static void main(String[] args) throws Exception {
    String service = args[0];
    List<String[]> rows = Files.readAllLines(Path.of(args[1])).stream()
        .filter(l -> !l.startsWith("#") && !l.startsWith("id\t") && !l.isBlank())
        .map(l -> l.split("\t")).toList();
    String sets = System.getenv().getOrDefault("EVAL_SETS", "wmt,news,xquad,english,kazakh,passages");
    System.out.printf("%-44s %7s %6s %6s %6s %7s %8s%n", "set", "queries", "S@1", "S@10", "MRR", "zero", "p50 ms");
    if (sets.contains("news")) {
      news(service, rows);
    }
    int every = Integer.parseInt(System.getenv().getOrDefault("XQUAD_EVERY", "1"));
    if (sets.contains("xquad")) {
      xquad(service, Path.of(args[2]), args[3], every);
    }
    if (sets.contains("english")) {
      englishArticles(service, Path.of(args[2]), args[3] + "-en", every);
    }
    if (sets.contains("kazakh")) {
      kazakh(service, Path.of(args[4]));
    }
    if (sets.contains("passages")) {
      passages(service, Path.of(args[2]), args[3]);
    }
    if (sets.contains("wmt")) {
      wmt(service, Path.of(args[5]), Integer.parseInt(System.getenv().getOrDefault("WMT_EVERY", "1")));
    }
  }

  /**
   * English-original news sentences with professional Russian translations: each Russian sentence is
   * an article among the shared corpora (source {@code wmt-en-ru}), searched with its English
   * original (a sentence of five words or more stands in for a headline), side by side with the
   * naive structured query and with the Russian typed as it is.
   */
  private static void wmt(String service, Path pairs, int every) throws Exception {
    List<Case> english = new ArrayList<>();
    List<Case> russian = new ArrayList<>();
    Map<String, List<String>> articlesOfText = new HashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(pairs)) {
      JsonNode pair = JSON.readTree(line);
      String en = pair.get("en").asText();
      String target = ArticleIds.idFor(ArticleIds.canonicalUrl(WMT_URL + pair.get("id").asText()).orElseThrow(),
          null, null, null);
      articlesOfText.computeIfAbsent(pair.get("ru").asText().strip(), t -> new ArrayList<>()).add(target);
      if (en.strip().split("\\s+").length < 5 || n++ % every != 0) {
        continue;
      }
      english.add(new Case(pair.get("id").asText(), "", en, target, ""));
      russian.add(new Case(pair.get("id").asText(), "", pair.get("ru").asText(), target, ""));
    }
    Map<String, String> stories = new HashMap<>();
    for (Case c : russian) {
      String story = story(service, c.target());
      // The same Russian sentence under another id (76 texts recur across the test sets) is as
      // right an answer as the target: the reader cannot tell them apart.
      for (String twin : articlesOfText.get(c.text().strip())) {
        stories.put(twin, story);
      }
    }
    Score expanded = report("wmt EN, news-search", service, english, true, stories, c -> true);
    if (System.getenv("EVAL_PROJECT_ONLY") != null) {
      return;
    }
    Score written = report("wmt EN, as written (expand=false)", service, english, false, stories, c -> true);
    NaiveAnchor naive = naiveAnchor();
    if (naive != null) {
      anchor("wmt EN, naive structured query", naive::ids, english, null, stories);
    }
    report("wmt RU typed", service, russian, true, stories, c -> true);
    System.out.printf(Locale.ROOT, "wmt EN p50 expanded / as written: %.2f%n%n",
        expanded.p50Millis() / written.p50Millis());
  }

  /** The anchor, when ES_URL names the cluster the service searches (and mueller7 is installed). */
  private static NaiveAnchor naiveAnchor() throws Exception {
    String elasticsearch = System.getenv("ES_URL");
    Path dictd = Path.of(System.getenv().getOrDefault("DICTD_DIR", "/usr/share/dictd"));
    if (elasticsearch == null || !Files.exists(dictd.resolve("mueller7.index"))) {
      System.out.println("(no naive anchor: set ES_URL and install mueller7-dict)");
      return null;
    }
    return new NaiveAnchor(dictd, elasticsearch, System.getenv().getOrDefault("ES_INDEX", "news"));
  }

  private static void news(String service, List<String[]> rows) throws Exception {
    Map<String, String> stories = new HashMap<>();
    for (String[] row : rows) {
      stories.put(row[2], story(service, row[2]));
    }
    List<Case> english = rows.stream().map(r -> new Case(r[0], r[1], r[3], r[2], "")).toList();
    List<Case> russian = rows.stream().map(r -> new Case(r[0], r[1], r[4], r[2], "")).toList();
    Score en = report("news EN, expanded", service, english, true, stories, c -> true);
    Score enDev = report("  dev split", service, english, true, stories, c -> c.split().equals("dev"));
    Score enTest = report("  test split (held out)", service, english, true, stories, c -> c.split().equals("test"));
    report("news EN, as written (expand=false)", service, english, false, stories, c -> true);
    Score ruExpanded = report("news RU, expanded", service, russian, true, stories, c -> true);
    Score ru = report("news RU, as written (expand=false)", service, russian, false, stories, c -> true);
    System.out.printf(Locale.ROOT, "%nGoal EN news: S@1 >= 0.85 (%.3f: %s), S@10 >= 0.95 (%.3f: %s); held-out test S@1 %.3f, dev %.3f%n",
        en.successAt1(), en.successAt1() >= 0.85 ? "met" : "NOT met", en.successAt10(),
        en.successAt10() >= 0.95 ? "met" : "NOT met", enTest.successAt1(), enDev.successAt1());
    System.out.printf(Locale.ROOT, "EN expanded vs RU as written: S@1 %.3f vs %.3f; RU with expansion on vs off: MRR %.3f vs %.3f (%s)%n%n",
        en.successAt1(), ru.successAt1(), ruExpanded.mrr(), ru.mrr(),
        ruExpanded.mrr() >= ru.mrr() ? "no drop" : "DROP");
  }

  private static void xquad(String service, Path dir, String source, int every) throws Exception {
    List<Case> english = xquadCases(dir, source, every, "en");
    List<Case> russian = xquadCases(dir, source, every, "ru");
    Map<String, String> self = targets(english);
    report("xquad EN, expanded", service, english, true, self, c -> true);
    report("xquad EN, as written (expand=false)", service, english, false, self, c -> true);
    NaiveAnchor naive = naiveAnchor();
    if (naive != null) {
      anchor("xquad EN, naive structured query", naive::ids, english, source, self);
    }
    report("xquad RU, expanded", service, russian, true, self, c -> true);
    report("xquad RU, as written (expand=false)", service, russian, false, self, c -> true);
  }

  /**
   * The other direction: the Russian questions over the English originals of the paragraphs, with
   * the English questions over the same paragraphs as the monolingual reference.
   */
  private static void englishArticles(String service, Path dir, String source, int every) throws Exception {
    List<Case> russian = xquadCases(dir, source, every, "ru");
    List<Case> english = xquadCases(dir, source, every, "en");
    Map<String, String> self = targets(russian);
    report("xquad RU -> EN paragraphs, expanded", service, russian, true, self, c -> true);
    report("xquad RU -> EN paragraphs, as written", service, russian, false, self, c -> true);
    report("xquad EN -> EN paragraphs, expanded", service, english, true, self, c -> true);
    report("xquad EN -> EN paragraphs, as written", service, english, false, self, c -> true);
  }

  /**
   * Pasted passages: 80 words from inside each XQuAD paragraph of 90 words or more, every tenth
   * replaced by a word of another paragraph (a reader's edits; a seeded draw, the same every run),
   * searched over the paragraphs of their own language and, the English ones, over the Russian
   * paragraphs; beside stock Elasticsearch (the words OR-ed in one multi_match) and, English over
   * Russian, the naive structured query.
   */
  private static void passages(String service, Path dir, String source) throws Exception {
    List<JsonNode> paragraphs = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("corpus.jsonl"))) {
      paragraphs.add(JSON.readTree(line));
    }
    NaiveAnchor naive = naiveAnchor();
    for (String[] set : List.of(new String[] {"RU -> RU", "text", source}, new String[] {"EN -> EN", "text_en",
        source + "-en"}, new String[] {"EN -> RU", "text_en", source})) {
      List<Case> cases = passageCases(paragraphs, set[1], set[2]);
      Map<String, String> self = targets(cases);
      report("passages " + set[0] + ", news-search", service, cases, true, self, c -> true);
      report("passages " + set[0] + ", as written (expand=false)", service, cases, false, self, c -> true);
      if (naive != null) {
        anchor("passages " + set[0] + ", stock multi_match", naive::stockIds, cases, set[2], self);
        if (set[0].equals("EN -> RU")) {
          anchor("passages " + set[0] + ", naive structured query", naive::ids, cases, set[2], self);
        }
      }
    }
  }

  private static List<Case> passageCases(List<JsonNode> paragraphs, String field, String source) {
    Random draw = new Random(7);
    List<String> words = paragraphs.stream().flatMap(p -> Arrays.stream(p.get(field).asText().split("\\s+")))
        .toList();
    String filter = "&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    for (JsonNode paragraph : paragraphs) {
      String[] text = paragraph.get(field).asText().replace("\uFEFF", "").strip().split("\\s+");
      if (text.length < 90) {
        continue;
      }
      int start = draw.nextInt(text.length - 80);
      String[] passage = Arrays.copyOfRange(text, start, start + 80);
      for (int i = 5; i < passage.length; i += 10) {
        passage[i] = words.get(draw.nextInt(words.size()));
      }
      String id = paragraph.get("id").asText();
      cases.add(new Case(id, "", String.join(" ", passage), ArticleIds.idFor(null, source + "/" + id, null, null),
          filter));
    }
    return cases;
  }

  /** Every n-th XQuAD question in one language, for its paragraph as ingested under {@code source}. */
  private static List<Case> xquadCases(Path dir, String source, int every, String language) throws Exception {
    Map<String, String> relevant = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("qrels.tsv"))) {
      String[] qrel = line.split("\t");
      relevant.put(qrel[0], ArticleIds.idFor(null, source + "/" + qrel[2], null, null));
    }
    String filter = "&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
    List<String> questions = Files.readAllLines(dir.resolve("queries.jsonl"));
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < questions.size(); i += every) {
      JsonNode q = JSON.readTree(questions.get(i));
      String qid = q.get("qid").asText();
      cases.add(new Case(qid, "", q.get("query_" + language).asText(), relevant.get(qid), filter));
    }
    return cases;
  }

  /** A paragraph is its own story: no copies among them. */
  private static Map<String, String> targets(List<Case> cases) {
    Map<String, String> self = new HashMap<>();
    cases.forEach(c -> self.put(c.target(), c.target()));
    return self;
  }

  /**
   * Entity names across Russian and Kazakh, both ways. Each gazetteer entity with a Kazakh name
   * that starts a word in the KazNERD sentences is searched by its Russian name over those
   * sentences (relevant: a sentence with one of its Kazakh names, any suffix), and by its first
   * Kazakh name over the Russian articles (relevant: an article the enrichment tagged with it).
   * Prints the share of names with a relevant hit in the first 10 (S@10) and the mean share of
   * relevant hits among them (P@10).
   */
  private static void kazakh(String service, Path sentences) throws Exception {
    List<String> lines = Files.readAllLines(sentences).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    List<Entity> named = new ArrayList<>();
    for (Entity entity : Gazetteer.load().entities()) {
      List<Pattern> kazakh = kazakhNames(entity);
      if (!kazakh.isEmpty() && !entity.ru().isEmpty() && lines.stream().anyMatch(l -> mentions(l, kazakh))) {
        named.add(entity);
      }
    }
    for (boolean expand : List.of(true, false)) {
      double found = 0;
      double precision = 0;
      for (Entity entity : named) {
        List<Pattern> kazakh = kazakhNames(entity);
        JsonNode hits = hits(service, entity.ru().get(0), expand, "&source=kaznerd");
        int relevant = 0;
        for (JsonNode hit : hits) {
          relevant += mentions(shown(hit), kazakh) ? 1 : 0;
        }
        found += relevant > 0 ? 1 : 0;
        precision += hits.isEmpty() ? 0 : (double) relevant / hits.size();
      }
      System.out.printf(Locale.ROOT, "%-40s %7d %6s %6.3f %6.3f  (S@10, P@10)%n",
          "kazakh: RU name -> KK sentences, " + (expand ? "expanded" : "as written"), named.size(), "",
          found / named.size(), precision / named.size());
    }
    List<Entity> withKazakhName = named.stream().filter(e -> e.kk().stream().anyMatch(CrossLingualEval::isKazakh)).toList();
    for (boolean expand : List.of(true, false)) {
      double found = 0;
      double precision = 0;
      for (Entity entity : withKazakhName) {
        String name = entity.kk().stream().filter(CrossLingualEval::isKazakh).findFirst().orElseThrow();
        JsonNode hits = hits(service, name, expand, "&language=ru");
        int relevant = 0;
        for (JsonNode hit : hits) {
          relevant += tagged(hit, entity.name()) ? 1 : 0;
        }
        found += relevant > 0 ? 1 : 0;
        precision += hits.isEmpty() ? 0 : (double) relevant / hits.size();
      }
      System.out.printf(Locale.ROOT, "%-40s %7d %6s %6.3f %6.3f  (S@10, P@10)%n",
          "kazakh: KK name -> RU articles, " + (expand ? "expanded" : "as written"), withKazakhName.size(), "",
          found / withKazakhName.size(), precision / withKazakhName.size());
    }
  }

  private static List<Pattern> kazakhNames(Entity entity) {
    return entity.kk().stream().filter(n -> !entity.ru().contains(n))
        .map(n -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(n.toLowerCase(Locale.ROOT)))).toList();
  }

  /** A one-sentence article as its hit shows it: title and snippets, lowercase, marks removed. */
  private static String shown(JsonNode hit) {
    StringBuilder text = new StringBuilder(hit.get("title").asText());
    hit.get("snippets").forEach(s -> text.append(' ').append(s.asText()));
    return text.toString().replace("<mark>", "").replace("</mark>", "").toLowerCase(Locale.ROOT);
  }

  private static boolean mentions(String text, List<Pattern> names) {
    return names.stream().anyMatch(p -> p.matcher(text).find());
  }

  /** A name with a letter only Kazakh has: a Kazakh name that is not also the Russian one. */
  private static boolean isKazakh(String name) {
    return name.chars().anyMatch(c -> "әғқңөұүһі".indexOf(Character.toLowerCase(c)) >= 0);
  }

  private static boolean tagged(JsonNode hit, String name) {
    for (String field : List.of("people", "organizations", "places")) {
      for (JsonNode tag : hit.path(field)) {
        if (tag.asText().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static JsonNode hits(String service, String text, boolean expand, String filter) throws Exception {
    return get(service + "/api/search?size=" + DEPTH + "&expand=" + expand + filter + "&q="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)).get("hits");
  }

  private static Score report(String name, String service, List<Case> cases, boolean expand,
      Map<String, String> stories, Predicate<Case> which) throws Exception {
    return tally(name, cases, which, c -> {
      long start = System.nanoTime();
      JsonNode hits = hits(service, c.text(), expand, c.filter());
      long nanos = System.nanoTime() - start;
      int rank = rank(ids(hits), c, stories);
      if (System.getenv("EVAL_VERBOSE") != null && rank != 1 && !c.split().equals("test")) {
        System.err.printf("%s rank %d expand=%s: %s%n", c.id(), rank, expand, c.text());
      }
      return new Outcome(rank, hits.isEmpty(), nanos);
    });
  }

  /** A query sent to Elasticsearch directly (an anchor), for the ids of its hits. */
  interface Direct {
    List<String> ids(String text, int size, String source) throws Exception;
  }

  /** The same cases through an anchor. */
  private static Score anchor(String name, Direct anchor, List<Case> cases, String source,
      Map<String, String> stories) throws Exception {
    return tally(name, cases, c -> true, c -> {
      long start = System.nanoTime();
      List<String> ids = anchor.ids(c.text(), DEPTH, source);
      return new Outcome(rank(ids, c, stories), ids.isEmpty(), System.nanoTime() - start);
    });
  }

  interface Searcher {
    Outcome run(Case c) throws Exception;
  }

  /** Where the target came (1-based, 0 when not among the first hits), whether nothing came, how long it took. */
  record Outcome(int rank, boolean empty, long nanos) {}

  private static Score tally(String name, List<Case> cases, Predicate<Case> which, Searcher searcher)
      throws Exception {
    int n = 0;
    int first = 0;
    int top = 0;
    int empty = 0;
    int deeper = 0;
    double reciprocal = 0;
    List<Long> times = new ArrayList<>();
    for (Case c : cases) {
      if (!which.test(c)) {
        continue;
      }
      n++;
      Outcome outcome = searcher.run(c);
      first += outcome.rank() == 1 ? 1 : 0;
      top += outcome.rank() > 0 && outcome.rank() <= 10 ? 1 : 0;
      deeper += outcome.rank() > 10 ? 1 : 0;
      reciprocal += outcome.rank() > 0 && outcome.rank() <= 10 ? 1.0 / outcome.rank() : 0;
      empty += outcome.empty() ? 1 : 0;
      times.add(outcome.nanos());
    }
    times.sort(null);
    double p50 = times.isEmpty() ? 0 : times.get(times.size() / 2) / 1e6;
    Score score = new Score(n, (double) first / n, (double) top / n, reciprocal / n, (double) empty / n, p50);
    System.out.printf(Locale.ROOT, "%-44s %7d %6.3f %6.3f %6.3f %6.1f%% %8.1f%n", name, n, score.successAt1(),
        score.successAt10(), score.mrr(), 100 * score.zero(), score.p50Millis());
    if (DEPTH > 10) {
      System.out.printf(Locale.ROOT, "%-44s %7d found at ranks 11-%d%n", "", deeper, DEPTH);
    }
    return score;
  }

  /** Each hit's id, followed by the story it is a copy of (after a space) when it is one. */
  private static List<String> ids(JsonNode hits) {
    List<String> ids = new ArrayList<>();
    for (JsonNode hit : hits) {
      String duplicateOf = hit.path("duplicateOf").asText("");
      ids.add((hit.get("id").asText() + " " + duplicateOf).strip());
    }
    return ids;
  }

  /**
   * 1-based rank of the target's story among the hits' {@link #ids}, 0 when it is not there; a hit
   * whose id {@code stories} maps to the same story counts too.
   */
  private static int rank(List<String> ids, Case c, Map<String, String> stories) {
    String story = stories.getOrDefault(c.target(), c.target());
    for (int i = 0; i < ids.size(); i++) {
      for (String id : ids.get(i).split(" ")) {
        if (id.equals(c.target()) || stories.getOrDefault(id, id).equals(story)) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  /**
   * The story an article belongs to: the first copy it duplicates, or itself. Search folds copies
   * into the first one, so a hit on the story is a hit on the target.
   */
  private static String story(String service, String id) throws Exception {
    JsonNode article = get(service + "/api/articles/" + id);
    if (article == null) {
      throw new IllegalStateException("target " + id + " is not in the index: ingest ../shared/data first");
    }
    String first = article.path("duplicate_of").asText(null);
    return first == null || first.isEmpty() ? id : first;
  }

  /**
   * One answer of the service. A search it turns away as busy (503, when something else searches it
   * too) is asked again after its Retry-After, a few times, rather than ending the evaluation.
   */
  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    for (int retry = 0; response.statusCode() == 503 && retry < 5; retry++) {
      Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
      response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
    if (response.statusCode() == 404) {
      return null;
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
