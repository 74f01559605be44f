package newssearch.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI newsSearchApi() {
    return new OpenAPI().info(new Info()
        .title("news-search")
        .description("Full-text search over political news, mostly Russian-language. Public search is read-only; "
            + "/api/admin/** needs the X-API-Key header. Errors are RFC 7807 problem details.")
        .version("1"));
  }
}
