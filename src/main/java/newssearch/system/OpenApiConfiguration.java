package newssearch.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;

/** The description served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String ADMIN_KEY = "adminApiKey";

  @Bean
  OpenAPI newsSearchApi() {
    return new OpenAPI()
        .info(new Info()
            .title("news-search")
            .description("Full-text search over political news, mostly Russian-language. Public search is read-only; "
                + "/api/admin/** needs the X-API-Key header. Errors are RFC 7807 problem details.")
            .version("1"))
        .components(new Components().addSecuritySchemes(ADMIN_KEY, new SecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER)
            .name("X-API-Key")
            .description("The key the service was started with (NEWS_ADMIN_API_KEY); without one the admin API is off.")));
  }

  /**
   * The key guards exactly the paths {@link AdminApiKeyInterceptor} guards, and the writes of those
   * {@link AdminWritesInterceptor} guards, so it is declared by path too.
   */
  @Bean
  OpenApiCustomizer adminOperationsNeedTheKey() {
    AntPathMatcher paths = new AntPathMatcher();
    return api -> api.getPaths().forEach((path, item) -> {
      if (paths.match(AdminApiKeyInterceptor.GUARDED_PATHS, path)) {
        item.readOperations().forEach(operation -> operation.addSecurityItem(new SecurityRequirement().addList(ADMIN_KEY)));
      } else if (paths.match(AdminWritesInterceptor.GUARDED_PATHS, path)) {
        item.readOperationsMap().forEach((method, operation) -> {
          if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            operation.addSecurityItem(new SecurityRequirement().addList(ADMIN_KEY));
          }
        });
      }
    });
  }
}
