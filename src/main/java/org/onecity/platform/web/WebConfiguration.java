package org.onecity.platform.web;

import java.time.Duration;
import java.util.Locale;
import org.onecity.shared.Language;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Pages speak the resident's language: {@code ?lang=es} switches and a cookie remembers it for a
 * year; without either, the browser's Accept-Language picks one of the city's languages, else English.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "onecity-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                                  jakarta.servlet.http.HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, supported(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request ->
                Language.resolve(null, request.getHeader("Accept-Language")).locale());
        return resolver;
    }

    static Locale supported(Locale locale) {
        return locale == null ? null : Language.of(locale.getLanguage()).orElse(Language.ENGLISH).locale();
    }

    /**
     * {@code ?lang=xx} switches the language. Read from the query string only, never from a body:
     * reading parameters would parse a multipart body here, before the API's own error handling.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response, Object handler) {
                String query = request.getQueryString();
                if (query != null && query.contains("lang=")) {
                    for (String pair : query.split("&")) {
                        if (pair.startsWith("lang=")) {
                            Language.of(pair.substring(5)).ifPresent(l -> org.springframework.web.servlet.support
                                    .RequestContextUtils.getLocaleResolver(request).setLocale(request, response, l.locale()));
                        }
                    }
                }
                return true;
            }
        });
    }

    /** govuk-frontend's stylesheet asks for /assets/images/…; serve them from its WebJar. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/"
                        + new org.webjars.WebJarVersionLocator().version("govuk-frontend") + "/dist/govuk/assets/images/");
    }
}
