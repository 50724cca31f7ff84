package org.defencetracker.config.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switcher of every page: for each language, this page's own address with its filters and
 * {@code lang} set to it, so that switching keeps the reader where they were.
 */
@ControllerAdvice
class LanguageLinks {

    /** One language of the switcher: its code, its address on this page, and whether it is the page's language. */
    record Language(String code, String href, boolean current) {}

    @ModelAttribute("languages")
    List<Language> languages(HttpServletRequest request, Locale locale) {
        // An error page stands at the address that failed: switching reloads that one in the other language.
        boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String;
        String path =
                error ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
        String query =
                error ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
        return Languages.SUPPORTED.stream()
                .map(language -> new Language(
                        language.getLanguage(),
                        UriComponentsBuilder.fromPath(path)
                                .query(query)
                                .replaceQueryParam(Languages.PARAMETER, language.getLanguage())
                                .build()
                                .toUriString(),
                        language.getLanguage().equals(locale.getLanguage())))
                .toList();
    }
}
