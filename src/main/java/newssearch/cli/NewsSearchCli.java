package newssearch.cli;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.net.ConnectException;
import newssearch.engine.EngineException;
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
        "2:Wrong command line.",
        "3:Elasticsearch could not be started or reached.",
        "4:Ingest finished, but some records were rejected (see the rejects file)."})
public class NewsSearchCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new NewsSearchCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
      Throwable cause = rootCause(e);
      cmd.getErr().println(cmd.getColorScheme().errorText("news-search: " + describe(cause, clusterUrl(parsed))));
      return unavailable(cause) ? ExitCodes.UNAVAILABLE : ExitCodes.FAILED;
    });
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** Spring wraps start-up failures in layers of bean-creation exceptions; the first cause that says why is deepest. */
  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof EngineException)) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static boolean unavailable(Throwable cause) {
    return cause instanceof EngineException || cause instanceof ConnectException || cause instanceof TransportException;
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

  private static String describe(Throwable cause, String clusterUrl) {
    if (cause instanceof ConnectException) {
      return "cannot reach Elasticsearch at " + clusterUrl + " (" + cause.getMessage() + "). Is --es-url / NEWS_ES_URL right?";
    }
    if (cause instanceof ElasticsearchException es) {
      return "Elasticsearch refused the request: " + es.getMessage();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }
}
