package newssearch.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: Russian or English from {@code Accept-Language} (anything else reads the
 * English texts), switched with {@code ?lang=ru|en} and remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebPageConfiguration implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("news-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    registry.addInterceptor(lang).excludePathPatterns("/api/**");
  }
}
