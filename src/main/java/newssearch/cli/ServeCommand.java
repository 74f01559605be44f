package newssearch.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the search service (web page, JSON API, health) until stopped.")
class ServeCommand implements Callable<Integer> {

  @Mixin
  GlobalOptions global;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "${NEWS_PORT:-8080}",
      description = "HTTP port. Default: $NEWS_PORT, else ${DEFAULT-VALUE}.")
  int port;

  @Override
  public Integer call() throws Exception {
    ConfigurableApplicationContext context =
        SpringContexts.web(global, SearchPreparation.class, "--server.port=" + port);
    // The web server's threads keep the JVM alive; this thread just waits for the context to close.
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(event -> {
      if (event instanceof org.springframework.context.event.ContextClosedEvent) {
        closed.countDown();
      }
    });
    closed.await();
    return ExitCodes.OK;
  }
}
