package newssearch.cli;

import java.net.ConnectException;
import newssearch.system.Failure;
import newssearch.system.FailureClassifier;
import newssearch.system.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code news-search}: one executable jar, one subcommand per job. */
@Command(name = "news-search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Full-text search over political news.",
    subcommands = {ServeCommand.class, IngestCommand.class, StatusCommand.class, ReindexCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Success.",
        "1:Failed; the message says why.",
        "2:Wrong command line, or an input it names.",
        "3:Elasticsearch could not be started or reached.",
        "4:Ingest finished, but some records were rejected (see the rejects file).",
        "5:What the command names does not exist.",
        "6:The current state forbids it (another reindex job runs, nothing to roll back to).",
        "7:Elasticsearch refused the request.",
        "8:Elasticsearch was reached but did not answer in time; a retry may succeed.",
        "9:The service turned the work away because too much was running; try again shortly."})
public class NewsSearchCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new NewsSearchCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
      Failure failure = FailureClassifier.classify(e);
      cmd.getErr().println(cmd.getColorScheme().errorText("news-search: " + describe(failure, clusterUrl(parsed))));
      return ExitCodes.of(failure.outcome());
    });
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** The cluster the failed command talked to, for the message: its --es-url, else NEWS_ES_URL. */
  private static String clusterUrl(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult last = parsed;
    while (last.subcommand() != null) {
      last = last.subcommand();
    }
    String url = last.matchedOptionValue("--es-url", System.getenv("NEWS_ES_URL"));
    return url == null || url.isBlank() ? "the embedded engine" : url;
  }

  private static String describe(Failure failure, String clusterUrl) {
    Throwable cause = failure.cause();
    if (cause instanceof ConnectException) {
      return "cannot reach Elasticsearch at " + clusterUrl + " (" + cause.getMessage() + "). Is --es-url / NEWS_ES_URL right?";
    }
    if (failure.outcome() == Outcome.CLUSTER_REFUSED) {
      return "Elasticsearch refused the request: " + cause.getMessage();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }
}
