package newssearch;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring wiring every subcommand starts; {@link newssearch.cli.NewsSearchCli} is the entry point. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsSearchApplication {}
