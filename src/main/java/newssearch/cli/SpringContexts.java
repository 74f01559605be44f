package newssearch.cli;

import java.util.ArrayList;
import java.util.List;
import newssearch.NewsSearchApplication;
import newssearch.system.ElasticsearchConnection;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** Starts the application's Spring context for a subcommand: with the web server, or without for one-shot commands. */
final class SpringContexts {

  private SpringContexts() {}

  /** With the web server; {@code beforeReady} runs once it is up, before the application reports ready. */
  static ConfigurableApplicationContext web(GlobalOptions options, Class<? extends ApplicationRunner> beforeReady,
      String... extraArguments) {
    return start(WebApplicationType.SERVLET, options, beforeReady, extraArguments);
  }

  /**
   * For one-shot commands: only the service's own progress is logged, and failures are left to the CLI
   * to explain. Spring's "Starting…"/"Started…" lines go through the main class's logger, which is the
   * service's own, so they are turned off by name.
   */
  static ConfigurableApplicationContext command(GlobalOptions options) {
    return start(WebApplicationType.NONE, options, null,
        "--logging.level.root=error", "--logging.level.newssearch=info",
        "--logging.level.org.springframework.boot.SpringApplication=off", "--spring.main.log-startup-info=false");
  }

  private static ConfigurableApplicationContext start(WebApplicationType type, GlobalOptions options,
      Class<? extends ApplicationRunner> runner, String... extra) {
    SpringApplication app = new SpringApplication(NewsSearchApplication.class);
    app.setWebApplicationType(type);
    if (runner != null) {
      app.addInitializers(context -> ((GenericApplicationContext) context).registerBean(runner));
    }
    app.setBannerMode(Banner.Mode.OFF);
    List<String> args = new ArrayList<>(options.asSpringArguments());
    args.addAll(List.of(extra));
    ConfigurableApplicationContext context = app.run(args.toArray(String[]::new));
    // The embedded engine starts while Spring starts; commands begin their work once it serves (green or yellow).
    try {
      context.getBean(ElasticsearchConnection.class).awaitReady();
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
    return context;
  }
}
