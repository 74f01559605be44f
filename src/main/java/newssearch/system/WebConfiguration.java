package newssearch.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final AdminProperties admin;

  WebConfiguration(AdminProperties admin) {
    this.admin = admin;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    AdminApiKeyInterceptor adminKey = new AdminApiKeyInterceptor(admin);
    registry.addInterceptor(adminKey).addPathPatterns(AdminApiKeyInterceptor.GUARDED_PATHS);
    registry.addInterceptor(new AdminWritesInterceptor(adminKey)).addPathPatterns(AdminWritesInterceptor.GUARDED_PATHS);
  }
}
