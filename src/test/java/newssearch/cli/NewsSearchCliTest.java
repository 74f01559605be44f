package newssearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import newssearch.system.Outcome;
import newssearch.system.TestCluster;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewsSearchCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = NewsSearchCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsTheSubcommandsAndExitCodes() {
    assertThat(run("--help")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("serve", "status", "Exit codes", "Elasticsearch could not be started or reached");
    String codes = out.toString().substring(out.toString().indexOf("Exit codes"));
    for (java.lang.reflect.Field code : ExitCodes.class.getDeclaredFields()) {
      if (code.getType() == int.class) {
        assertThat(codes).as("help lists exit code " + code.getName()).containsPattern("(?m)^\\s*" + getInt(code) + "\\s");
      }
    }
  }

  private static int getInt(java.lang.reflect.Field field) {
    try {
      field.setAccessible(true);
      return field.getInt(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void sharedOptionsAreOnEverySubcommand() {
    for (String sub : new String[] {"serve", "status", "reindex"}) {
      out.getBuffer().setLength(0);
      run(sub, "--help");
      assertThat(out.toString()).as(sub).contains("--data-dir", "--es-url");
    }
    assertThat(out.toString()).doesNotContain("--port");
    run("serve", "--help");
    assertThat(out.toString()).contains("--port");
  }

  @Test
  void ingestHelpNamesEveryFormatTheReadersTake() {
    run("ingest", "--help");
    String format = out.toString().substring(out.toString().indexOf("--format"));
    assertThat(format).contains(newssearch.pipeline.read.Readers.FORMATS);
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("frobnicate");
  }

  @Test
  void anUnreachableClusterExitsWithUnavailableAndAClearMessage() {
    assertThat(run("status", "--es-url", "http://127.0.0.1:9")).isEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(err.toString()).contains("news-search:", "127.0.0.1:9").doesNotContain("\tat ");
  }

  @Test
  void aMalformedClusterUrlIsAUsageErrorNamingIt() {
    assertThat(run("status", "--es-url", "http://127.0.0.1:9200,127.0.0.1:9201")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("'127.0.0.1:9201' must start with http://").doesNotContain("\tat ");
  }

  @Test
  void aNodeThatCannotBeReachedIsPassedOverForTheNextUrl() {
    assertThat(run("status", "--es-url", "http://127.0.0.1:9," + TestCluster.get().url())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("alias:");
  }

  @Test
  void ingestWithRejectionsExitsPartialAndSaysWhere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path rejects = dir.resolve("rejects.jsonl");
    int exit = run("ingest", "--es-url", TestCluster.get().url(), "--rejects", rejects.toString(),
        "src/test/resources/ingest/broken");
    assertThat(exit).isEqualTo(ExitCodes.PARTIAL);
    assertThat(out.toString()).contains("rejected:   5 (see " + rejects + ")", "indexed:    4 new");
    assertThat(rejects).exists();
  }

  @Test
  void aMissingInputPathIsAUsageErrorAndNothingIsIndexed() {
    String alias = useAnAliasOfItsOwn();
    assertThat(run("ingest", "--es-url", TestCluster.get().url(), "src/test/resources/ingest/formats",
        "src/test/resources/ingest/no-such.jsonl")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("news-search: no such file or folder: src/test/resources/ingest/no-such.jsonl")
        .doesNotContain("\tat ");
    assertThat(statusLine("alias:")).contains(alias + " does not exist yet");
  }

  @Test
  void aRebuildFromFilesNamingAMissingPathIsRefusedBeforeItStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String url = TestCluster.get().url();
    useAnAliasOfItsOwn();
    run("ingest", "--es-url", url, "--rejects", dir.resolve("rejects.jsonl").toString(), "src/test/resources/ingest/formats");
    String before = statusLine("alias:");
    assertThat(run("reindex", "--es-url", url, "--from-files", "src/test/resources/ingest/formats", "formats-typo"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("no such file or folder: formats-typo");
    assertThat(statusLine("alias:")).isEqualTo(before);
  }

  @Test
  void aRebuildFromFewerFilesThanTheIndexWasLoadedFromSaysWhatItLeftOut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String url = TestCluster.get().url();
    useAnAliasOfItsOwn();
    // Only the articles ingested while the job runs are caught up from the old index, not the load just before it.
    System.setProperty("news.reindex.catch-up-margin", "1ms");
    run("ingest", "--es-url", url, "--rejects", dir.resolve("rejects.jsonl").toString(), "src/test/resources/ingest/formats");
    out.getBuffer().setLength(0);

    assertThat(run("reindex", "--es-url", url, "--from-files", "src/test/resources/ingest/formats/feed.atom"))
        .isEqualTo(ExitCodes.OK);
    String report = out.toString();
    assertThat(report).containsPattern("documents: +old index (\\d+), new index 1\\n");
    long old = Long.parseLong(report.replaceAll("(?s).*old index (\\d+),.*", "$1"));
    assertThat(report).contains("warning:    the new index holds " + (old - 1) + " articles fewer than the old one");
    assertThat(run("reindex", "--es-url", url, "--rollback")).isEqualTo(ExitCodes.OK);
  }

  /** The commands this test runs next read and write an alias no other test touches. */
  private static String useAnAliasOfItsOwn() {
    String alias = TestCluster.uniqueAlias(NewsSearchCliTest.class);
    System.setProperty("news.index.alias", alias);
    return alias;
  }

  @org.junit.jupiter.api.AfterEach
  void forgetTheAlias() {
    System.clearProperty("news.index.alias");
    System.clearProperty("news.reindex.catch-up-margin");
  }

  private String statusLine(String prefix) {
    out.getBuffer().setLength(0);
    assertThat(run("status", "--es-url", TestCluster.get().url())).isEqualTo(ExitCodes.OK);
    return out.toString().lines().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void anUnknownInputFormatIsAUsageErrorNamingTheFormats() {
    assertThat(run("ingest", "--es-url", TestCluster.get().url(), "--format", "docx", "src/test/resources/ingest/formats"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("news-search: unknown format 'docx'", "jsonl").doesNotContain("\tat ");
  }

  @Test
  void aRollbackWithNothingToRollBackToExitsWithConflict() {
    // An alias of its own, which no job has made: nothing to roll back.
    useAnAliasOfItsOwn();
    assertThat(run("reindex", "--es-url", TestCluster.get().url(), "--rollback")).isEqualTo(ExitCodes.CONFLICT);
    assertThat(err.toString()).contains("does not exist: nothing to roll back");
  }

  @Test
  void everyFailureOutcomeHasItsOwnExitCode() {
    assertThat(Arrays.stream(Outcome.values()).map(ExitCodes::of).distinct())
        .hasSize(Outcome.values().length)
        .doesNotContain(ExitCodes.OK, ExitCodes.PARTIAL);
  }

  @Test
  void reindexActionsExcludeEachOther() {
    assertThat(run("reindex", "--rollback", "--delete-old")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("mutually exclusive");
  }

  @Test
  void reindexRunsAJobPrintsItsCountsAndRollsBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String url = TestCluster.get().url();
    run("ingest", "--es-url", url, "--rejects", dir.resolve("rejects.jsonl").toString(), "src/test/resources/ingest/broken");
    out.getBuffer().setLength(0);

    assertThat(run("reindex", "--es-url", url)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("SUCCEEDED", "0 refused").containsPattern("copied: +(\\d+) of \\1,");
    assertThat(err.toString()).contains("switching");

    assertThat(run("reindex", "--es-url", url, "--rollback")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("alias now on news-v");
  }

  @Test
  void statusPrintsClusterAliasAndMappingState() {
    assertThat(run("status", "--es-url", TestCluster.get().url())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("engine:     " + TestCluster.get().url() + " (external)")
        .containsPattern("cluster: +news-search|cluster: +\\S+, (green|yellow)")
        .containsPattern("\\d+ node\\(s\\) \\(\\d+ data\\), \\d+ unassigned shard\\(s\\)")
        .contains("alias:");
  }
}
