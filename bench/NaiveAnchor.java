import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The naive structured query every cross-lingual figure is compared with, sent straight to
 * Elasticsearch: each English word (stop words dropped) is one {@code dis_max} group of the word
 * itself, up to four first senses from Debian's mueller7 (a plural, -ed or -ing stripped to find
 * the headword) and a letter-by-letter transliteration for capitalised or unknown words; every
 * group is {@code should}, none required; BM25 ranks over {@code title^2} and {@code body}. It
 * follows {@code shared/checks/naive_anchor.py} line by line, so the two agree.
 */
final class NaiveAnchor {

  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final Set<String> STOP = Set.of(("a an the of in on at to for and or but is are was were be been by "
      + "with from as that this it its into over after before about against between during without within who whom "
      + "whose which what when where why how not no will would can could should may might has have had do does did "
      + "their his her they them he she we you i our your").split(" "));
  private static final String[][] LETTERS = {{"shch", "щ"}, {"sch", "щ"}, {"kh", "х"}, {"zh", "ж"}, {"ch", "ч"},
      {"sh", "ш"}, {"ts", "ц"}, {"yu", "ю"}, {"ya", "я"}, {"yo", "ё"}, {"ye", "е"}, {"iy", "ий"}, {"yi", "ый"},
      {"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"}, {"z", "з"}, {"i", "и"}, {"y", "й"},
      {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"},
      {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"c", "к"}, {"w", "в"}, {"x", "кс"}, {"q", "к"}, {"j", "дж"}};
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z'\\-]*|\\d+");
  private static final Pattern SENSE = Pattern.compile("[а-яё\\- ]{3,30}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final byte[] articles;
  private final Map<String, long[]> index = new HashMap<>();
  private final String search;

  NaiveAnchor(Path dictd, String elasticsearch, String indexName) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dictd.resolve("mueller7.dict.dz")))) {
      articles = in.readAllBytes();
    }
    for (String line : Files.readAllLines(dictd.resolve("mueller7.index"), StandardCharsets.UTF_8)) {
      String[] p = line.split("\t");
      if (p.length >= 3) {
        index.putIfAbsent(p[0].toLowerCase(Locale.ROOT), new long[] {decode(p[1]), decode(p[2])});
      }
    }
    search = elasticsearch + "/" + indexName + "/_search";
  }

  /** The ids of the first {@code size} hits, of one source only when {@code source} is not null. */
  List<String> ids(String text, int size, String source) throws Exception {
    return ids(query(text), size, source);
  }

  /**
   * Stock Elasticsearch, as a user would first try it: the words OR-ed in one multi_match over
   * title^3, lede^2, body.
   */
  List<String> stockIds(String text, int size, String source) throws Exception {
    ObjectNode multiMatch = JSON.createObjectNode().put("query", text);
    multiMatch.set("fields", JSON.createArrayNode().add("title^3").add("lede^2").add("body"));
    ObjectNode query = JSON.createObjectNode();
    query.set("bool", JSON.createObjectNode().set("must", JSON.createObjectNode().set("multi_match", multiMatch)));
    return ids(query, size, source);
  }

  private List<String> ids(ObjectNode query, int size, String source) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", size);
    body.put("_source", false);
    if (source != null) {
      ((ObjectNode) query.get("bool")).set("filter", JSON.createObjectNode()
          .set("term", JSON.createObjectNode().put("source", source)));
    }
    body.set("query", query);
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(search))
        .header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(search + " answered " + response.statusCode() + ": " + response.body());
    }
    List<String> ids = new ArrayList<>();
    JSON.readTree(response.body()).path("hits").path("hits").forEach(h -> ids.add(h.get("_id").asText()));
    return ids;
  }

  ObjectNode query(String text) {
    ArrayNode should = JSON.createArrayNode();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String token = m.group();
      String t = token.toLowerCase(Locale.ROOT).replaceAll("^'+|'+$", "");
      if (STOP.contains(t)) {
        continue;
      }
      List<String> alternatives = new ArrayList<>(List.of(token));
      if (!t.chars().allMatch(Character::isDigit)) {
        String head = headword(t);
        if (head != null) {
          alternatives.addAll(senses(head));
        }
        if (Character.isUpperCase(token.charAt(0)) || head == null) {
          alternatives.add(transliterate(t));
        }
      }
      ArrayNode queries = JSON.createArrayNode();
      for (String a : alternatives) {
        ObjectNode multiMatch = JSON.createObjectNode();
        multiMatch.put("query", a);
        multiMatch.set("fields", JSON.createArrayNode().add("title^2").add("body"));
        multiMatch.put("type", a.contains(" ") ? "phrase" : "best_fields");
        queries.add(JSON.createObjectNode().set("multi_match", multiMatch));
      }
      should.add(JSON.createObjectNode().set("dis_max", JSON.createObjectNode().set("queries", queries)));
    }
    return (ObjectNode) JSON.createObjectNode().set("bool", JSON.createObjectNode().set("should", should));
  }

  private List<String> senses(String word) {
    long[] at = index.get(word);
    String article = new String(articles, (int) at[0], (int) at[1], StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    String[] lines = article.split("\n");
    for (int i = 1; i < lines.length && found.size() < 4; i++) {
      String line = lines[i].replaceAll("_[^\\s.]+\\.", "").replaceAll("\\([^)]*\\)", "");
      line = line.strip().replaceFirst("^\\s*(\\d+[.)]|[IVX]+|_[IVX]+)\\s*", "");
      for (String part : line.split("[;,]")) {
        part = part.strip();
        if (SENSE.matcher(part.toLowerCase(Locale.ROOT)).matches() && part.split("\\s+").length <= 2) {
          found.add(part.toLowerCase(Locale.ROOT));
        }
      }
    }
    return found.subList(0, Math.min(4, found.size()));
  }

  private String headword(String w) {
    List<String> candidates = new ArrayList<>(List.of(w));
    if (w.endsWith("s")) candidates.add(w.substring(0, w.length() - 1));
    if (w.endsWith("es")) candidates.add(w.substring(0, w.length() - 2));
    if (w.endsWith("ies")) candidates.add(w.substring(0, w.length() - 3) + "y");
    if (w.endsWith("ed")) candidates.add(w.substring(0, w.length() - 2));
    if (w.endsWith("ed")) candidates.add(w.substring(0, w.length() - 1));
    if (w.endsWith("ing")) candidates.add(w.substring(0, w.length() - 3));
    if (w.endsWith("ing")) candidates.add(w.substring(0, w.length() - 3) + "e");
    return candidates.stream().filter(c -> !c.isEmpty() && index.containsKey(c)).findFirst().orElse(null);
  }

  private static String transliterate(String w) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    next:
    while (i < w.length()) {
      for (String[] pair : LETTERS) {
        if (w.startsWith(pair[0], i)) {
          out.append(pair[1]);
          i += pair[0].length();
          continue next;
        }
      }
      out.append(w.charAt(i++));
    }
    return out.toString();
  }

  private static long decode(String base64) {
    long n = 0;
    for (char c : base64.toCharArray()) {
      n = n * 64 + BASE64.indexOf(c);
    }
    return n;
  }
}
