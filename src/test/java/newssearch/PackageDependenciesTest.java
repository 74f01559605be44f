package newssearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The walls between packages that a reader relies on (see {@code docs/} and the README's package
 * list), checked on the source: every {@code newssearch.X} a file names, in an import or written out
 * in full, counts as a dependency of its package on {@code X}.
 */
class PackageDependenciesTest {

  private static final Path MAIN = Path.of("src/main/java/newssearch");
  private static final Pattern REFERENCE = Pattern.compile("\\bnewssearch\\.([a-z]+)\\b");

  @Test
  void ingestAndIndexStandOnThePipelineWithoutImportingEachOther() {
    assertThat(dependencies("index")).doesNotContain("ingest");
    assertThat(dependencies("pipeline")).doesNotContain("ingest", "index");
  }

  @Test
  void articleDependsOnNothingElse() {
    assertThat(dependencies("article")).isEmpty();
  }

  @Test
  void writingSideNeverImportsSearchWebOrCli() {
    for (String writing : List.of("ingest", "pipeline", "enrich", "index")) {
      assertThat(dependencies(writing)).as(writing).doesNotContain("search", "web", "cli");
    }
    assertThat(dependencies("search")).doesNotContain("ingest", "pipeline");
  }

  /** The other top-level packages that the files of {@code pkg} (and its subpackages) name. */
  private static Set<String> dependencies(String pkg) {
    Path dir = MAIN.resolve(pkg);
    assertThat(dir).isDirectory();
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
        for (String line : lines(f)) {
          if (line.startsWith("package ")) {
            continue;
          }
          Matcher m = REFERENCE.matcher(line);
          while (m.find()) {
            found.add(m.group(1));
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.remove(pkg);
    return found;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
