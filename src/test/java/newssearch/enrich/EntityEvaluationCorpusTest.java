package newssearch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import newssearch.corpus.Corpora;
import newssearch.corpus.CorpusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the gazetteer matcher against human annotations of real Russian news:
 * BSNLP (PER/ORG/LOC per document) and NEREL (PERSON, ORGANIZATION, COUNTRY, CITY,
 * STATE_OR_PROVINCE). Measured per document and entity: a found entity is right when an annotated
 * mention of the same type names it; an annotated mention is found when the entity it names was
 * found. The gazetteer covers the region's politics, not every name in these corpora (Brexit,
 * Nord Stream, US elections, crime news), so overall recall is bounded by its coverage; recall over
 * the mentions the gazetteer knows at all checks that matching in running text loses nothing.
 * The floors asserted are a little under the figures measured, to catch regressions.
 */
@CorpusTest
class EntityEvaluationCorpusTest {

  private static final Map<String, Entity.Type> NEREL_TYPES = Map.of("PERSON", Entity.Type.PER,
      "ORGANIZATION", Entity.Type.ORG, "COUNTRY", Entity.Type.LOC, "CITY", Entity.Type.LOC,
      "STATE_OR_PROVINCE", Entity.Type.LOC);

  private static EntityMatcher matcher;

  record Mention(Entity.Type type, String surface) {}

  record Doc(String text, List<Mention> gold) {}

  /** Running totals. */
  static final class Score {
    int found;
    int foundRight;
    int gold;
    int goldKnown;
    int goldFound;

    void add(Doc doc) {
      Set<Entity> predicted = new HashSet<>(matcher.find(doc.text()));
      Set<Entity> goldEntities = new HashSet<>();
      Set<String> seenMentions = new HashSet<>();
      for (Mention m : doc.gold()) {
        if (!seenMentions.add(m.type() + "|" + m.surface())) {
          continue;
        }
        gold++;
        List<Entity> named = matcher.find(m.surface()).stream().filter(e -> e.type() == m.type()).toList();
        if (!named.isEmpty()) {
          goldKnown++;
          goldEntities.addAll(named);
          if (named.stream().anyMatch(predicted::contains)) {
            goldFound++;
          }
        }
      }
      found += predicted.size();
      foundRight += (int) predicted.stream().filter(goldEntities::contains).count();
    }

    String line(String corpus, int docs) {
      return String.format(java.util.Locale.ROOT,
          "entities %-6s %4d docs: precision %.3f (%d/%d), recall %.3f (%d/%d), recall over known names %.3f (%d/%d)",
          corpus, docs, ratio(foundRight, found), foundRight, found, ratio(goldFound, gold), goldFound, gold,
          ratio(goldFound, goldKnown), goldFound, goldKnown);
    }

    double precision() {
      return ratio(foundRight, found);
    }

    double recall() {
      return ratio(goldFound, gold);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : a / (double) b;
    }
  }

  @BeforeAll
  static void load() {
    matcher = new EntityMatcher(Gazetteer.load());
  }

  @Test
  void bsnlp() throws IOException {
    Score score = new Score();
    int docs = 0;
    try (Stream<Path> files = Files.walk(Corpora.resolve("bsnlp-ru"))) {
      for (Path out : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".out")).sorted()::iterator) {
        Path raw = out.getParent().resolveSibling("raw").resolve(out.getFileName().toString().replace(".out", ".txt"));
        if (!Files.exists(raw)) {
          continue;
        }
        List<String> lines = Files.readAllLines(raw);
        String text = String.join("\n", lines.subList(Math.min(4, lines.size()), lines.size()));
        List<Mention> gold = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
          String[] cols = line.split("\t");
          if (cols.length >= 3 && Set.of("PER", "ORG", "LOC").contains(cols[2].strip())) {
            gold.add(new Mention(Entity.Type.valueOf(cols[2].strip()), cols[0].strip()));
          }
        }
        score.add(new Doc(text, gold));
        docs++;
      }
    }
    System.out.println(score.line("BSNLP", docs));
    assertThat(docs).isGreaterThan(800);
    assertThat(score.precision()).isGreaterThan(0.90);
    assertThat(score.recall()).isGreaterThan(0.40);
  }

  @Test
  void nerel() throws IOException {
    Score score = new Score();
    int docs = 0;
    try (Stream<Path> files = Files.walk(Corpora.resolve("nerel"))) {
      for (Path ann : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".ann")).sorted()::iterator) {
        Path txt = ann.resolveSibling(ann.getFileName().toString().replace(".ann", ".txt"));
        List<Mention> gold = new ArrayList<>();
        for (String line : Files.readAllLines(ann)) {
          String[] cols = line.split("\t");
          if (cols.length == 3 && cols[0].startsWith("T")) {
            Entity.Type type = NEREL_TYPES.get(cols[1].split(" ")[0]);
            if (type != null) {
              gold.add(new Mention(type, cols[2]));
            }
          }
        }
        score.add(new Doc(Files.readString(txt), gold));
        docs++;
      }
    }
    System.out.println(score.line("NEREL", docs));
    assertThat(docs).isGreaterThan(900);
    assertThat(score.precision()).isGreaterThan(0.93);
    assertThat(score.recall()).isGreaterThan(0.21);
  }
}
