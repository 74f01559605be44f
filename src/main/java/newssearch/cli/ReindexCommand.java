package newssearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newssearch.index.reindex.ReindexJob;
import newssearch.index.reindex.Reindexer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {"Rebuild the index from the current index-mappings/, cleaning and enrichment, and switch the alias to it"
        + " atomically; search keeps answering from the old index until then.",
        "One job at a time; a job killed half-way is cleaned up (or finished, if it had switched) by the next run."})
class ReindexCommand implements Callable<Integer> {

  @Mixin
  GlobalOptions global;

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true)
  Action action;

  static class Action {
    @Option(names = "--from-files", paramLabel = "PATH", arity = "1..*",
        description = "Rebuild from these original inputs (as for ingest) instead of from the live index.")
    List<String> fromFiles;

    @Option(names = "--rollback", description = "Point the alias back at the previous index kept.")
    boolean rollback;

    @Option(names = "--delete-old", description = "Delete every earlier index kept; never the live one.")
    boolean deleteOld;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (ConfigurableApplicationContext context = SpringContexts.command(global)) {
      Reindexer reindexer = context.getBean(Reindexer.class);
      if (action != null && action.rollback) {
        out.println("alias now on " + reindexer.rollback());
        out.flush();
        return ExitCodes.OK;
      }
      if (action != null && action.deleteOld) {
        List<String> deleted = reindexer.deleteOld();
        out.println(deleted.isEmpty() ? "no earlier index to delete" : "deleted " + String.join(", ", deleted));
        out.flush();
        return ExitCodes.OK;
      }
      return reindex(reindexer, action == null ? null : action.fromFiles, out);
    }
  }

  private int reindex(Reindexer reindexer, List<String> fromFiles, PrintWriter out) throws Exception {
    ReindexProgressPrinter printer = new ReindexProgressPrinter(spec.commandLine().getErr());
    Reindexer.Launch launch = reindexer.start(fromFiles, printer);
    ReindexJob job;
    try {
      job = launch.run();
    } finally {
      printer.stop();
    }
    print(job, out);
    return job.status() == ReindexJob.Status.SUCCEEDED ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static void print(ReindexJob job, PrintWriter out) {
    ReindexJob.Counts c = job.counts();
    out.printf(Locale.ROOT, "job:        %s %s%s%n", job.id(), job.status(), job.note() == null ? "" : " (" + job.note() + ")");
    out.printf(Locale.ROOT, "indices:    %s -> %s%n", job.source(), job.target());
    out.printf(Locale.ROOT, "copied:     %d of %d, %d caught up, %d refused, %d compared field by field%n",
        c.copied(), c.expected(), c.caughtUp(), c.rejected(), c.sampled());
    out.printf(Locale.ROOT, "documents:  old index %d, new index %d%n", c.sourceDocuments(), c.targetDocuments());
    if (job.fromFiles() != null && job.status() == ReindexJob.Status.SUCCEEDED && c.targetDocuments() < c.sourceDocuments()) {
      // A rebuild from files keeps only what the inputs hold: said here, while the old index is still kept.
      out.printf(Locale.ROOT, "warning:    the new index holds %d articles fewer than the old one: the inputs do not hold"
          + " them; reindex --rollback points the alias back at the old index%n", c.sourceDocuments() - c.targetDocuments());
    }
    long total = job.phaseMillis().values().stream().mapToLong(Long::longValue).sum();
    out.printf(Locale.ROOT, "took:       %.1f s %s%n", total / 1000.0, job.phaseMillis());
    job.errors().forEach(e -> out.println("error:      " + e));
    out.flush();
  }
}
