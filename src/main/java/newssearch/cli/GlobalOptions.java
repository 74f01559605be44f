package newssearch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options every subcommand takes. Credentials are not among them: a secret on a command line is
 * visible to every user of the machine, so they come from the environment (see docs/operating.md).
 */
class GlobalOptions {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "The service's data folder (embedded engine's data and logs). Default: $NEWS_DATA_DIR, "
          + "else ~/.news-search (/var/lib/news-search for root).")
  Path dataDir;

  @Option(names = "--es-url", paramLabel = "URL[,URL...]",
      description = "An external Elasticsearch cluster: one URL, or several nodes' separated by commas. "
          + "Default: $NEWS_ES_URL, else the embedded engine.")
  String esUrl;

  @Option(names = "--nodes", paramLabel = "N",
      description = "With the embedded engine: run it as a cluster of N nodes on this machine, each with its own "
          + "folder, ports and heap. A data folder keeps the count it was first started with. Default: news.engine.nodes (1).")
  Integer nodes;

  /** The options as Spring arguments, which outrank application.yml and the environment. */
  List<String> asSpringArguments() {
    List<String> args = new ArrayList<>();
    if (dataDir != null) {
      args.add("--news.engine.data-dir=" + dataDir.toAbsolutePath());
    }
    if (nodes != null) {
      args.add("--news.engine.nodes=" + nodes);
    }
    if (esUrl != null) {
      args.add("--news.elasticsearch.url=" + esUrl);
    }
    return args;
  }
}
