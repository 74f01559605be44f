package newssearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newssearch.feeds.FeedPoller;
import newssearch.ingest.Ingest;
import newssearch.pipeline.IngestCounts;
import newssearch.pipeline.IngestReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read news from files, folders and zip archives; clean, enrich and index them.",
        "Formats: JSON Lines, JSON arrays (Telegram exports), CSV/TSV with a header, text pages, RSS/Atom feeds, "
            + "HTML pages; .gz inside.",
        "Re-ingesting the same input changes nothing; a bad record is written to the rejects file and skipped.",
        "With --follow, the URLs are feeds (RSS, Atom, HTML pages of article links) fetched again and again until stopped."})
class IngestCommand implements Callable<Integer> {

  @Mixin
  GlobalOptions global;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders (read recursively), zip archives or URLs.")
  List<String> inputs;

  @Option(names = "--follow", description = "Keep fetching the URLs as followed feeds (conditional GET, backoff on "
      + "failures) until stopped with Ctrl-C; one line per fetch.")
  boolean follow;

  @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class, description = "With --follow: how often each feed is "
      + "fetched, e.g. 10m. Default: news.feeds.interval.")
  Duration interval;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Read every input as this format: jsonl, json, csv, tsv, txt, rss, html. Default: told per file.")
  String format;

  @Option(names = "--field", paramLabel = "PART=NAME",
      description = "Read PART (title, text, lede, url, key, date, source, tags, language) from the JSON key or CSV column NAME.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Where to write rejected records (JSON Lines). Default: ingest-rejects-<time>.jsonl here.")
  Path rejects;

  @Override
  public Integer call() throws Exception {
    Path rejectsFile = rejects != null ? rejects : Path.of("ingest-rejects-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".jsonl");
    try (ConfigurableApplicationContext context = SpringContexts.command(global)) {
      if (follow) {
        return follow(context);
      }
      IngestReport report = context.getBean(Ingest.class).run(
          new Ingest.Request(inputs, fields, format, rejectsFile), new ProgressPrinter(spec.commandLine().getErr()));
      print(report, spec.commandLine().getOut());
      if (!report.completed()) {
        spec.commandLine().getErr().println("news-search: " + report.failure()
            + ". What was acknowledged is indexed; run the same command again to finish.");
        return ExitCodes.UNAVAILABLE;
      }
      return report.counts().rejected() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
  }

  /** Runs until the process is stopped; the shutdown closes the context, which stops the fetching. */
  private int follow(ConfigurableApplicationContext context) throws InterruptedException {
    // Each fetch's load writes through the pipeline as a plain ingest does; the lines go to stdout.
    PrintWriter out = spec.commandLine().getOut();
    context.getBean(FeedPoller.class).followOnly(inputs, interval, feed -> {
      synchronized (out) {
        out.println(FeedLine.of(feed));
        out.flush();
      }
    });
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }

  private static void print(IngestReport report, PrintWriter out) {
    IngestCounts c = report.counts();
    out.printf(Locale.ROOT, "read:       %d articles (%.1f MB) in %.1f s, %.0f articles/s%n", c.read(),
        c.bytesRead() / 1048576.0, report.took().toMillis() / 1000.0, report.articlesPerSecond());
    out.printf(Locale.ROOT, "indexed:    %d new, %d updated, %d unchanged%n", c.indexed(), c.updated(), c.unchanged());
    out.printf(Locale.ROOT, "duplicates: %d near-duplicates of an earlier article (marked, still indexed)%n", c.duplicates());
    out.printf(Locale.ROOT, "rejected:   %d%s%n", c.rejected(),
        report.rejectsFile() == null ? "" : " (see " + report.rejectsFile() + ")");
    if (report.skippedFiles() > 0) {
      out.printf(Locale.ROOT, "skipped:    %d files that are not articles (annotations, licences, notes)%n",
          report.skippedFiles());
    }
    if (c.failed() > 0) {
      out.printf(Locale.ROOT, "not sent:   %d articles were in flight when Elasticsearch failed%n", c.failed());
    }
    out.flush();
  }
}
