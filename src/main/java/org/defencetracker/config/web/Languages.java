package org.defencetracker.config.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The interface's language: English, Russian or Kazakh. A reader's choice is kept in a cookie ({@code lang}, a year,
 * nothing stored on the server), made with a {@code lang} parameter on any page (what the switcher's links add to
 * the page's own address); without a choice, the best of the three for the browser's languages, English when none
 * of them is among them. The API answers in the language of {@code Accept-Language} (or the cookie), with no
 * parameter of its own.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    /** The languages of the interface, the first being the default. */
    public static final List<Locale> SUPPORTED =
            List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"));

    /** The parameter (and the cookie) that chooses the language. */
    public static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(PARAMETER);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(Languages::preferred);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Choice()).excludePathPatterns("/api/**");
    }

    /** The supported language the browser prefers most, or English. */
    static Locale preferred(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return SUPPORTED.get(0);
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return SUPPORTED.get(0);
    }

    /** The supported language named {@code code} ("ru"), or null. */
    public static Locale named(String code) {
        if (code == null) {
            return null;
        }
        for (Locale supported : SUPPORTED) {
            if (supported.getLanguage().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return supported;
            }
        }
        return null;
    }

    /** Takes a page's {@code lang} parameter as the reader's choice; an unknown language is ignored. */
    private static final class Choice implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            // An error page is no choice, and its request's parameters may be the very thing that could not be read.
            if (request.getDispatcherType() != DispatcherType.REQUEST) {
                return true;
            }
            Locale chosen = named(request.getParameter(PARAMETER));
            if (chosen != null) {
                LocaleResolver resolver =
                        org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request);
                if (resolver != null) {
                    resolver.setLocale(request, response, chosen);
                }
            }
            return true;
        }
    }
}
