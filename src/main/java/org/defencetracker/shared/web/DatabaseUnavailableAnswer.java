package org.defencetracker.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.defencetracker.shared.DatabaseUnavailable;
import org.defencetracker.shared.web.api.ProblemResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The answer to a request that failed because the database cannot be reached, written straight to the response:
 * 503 with a time to retry, the unavailable page or problem details on the API. Nothing in it reads the database
 * (no session, no signed-in user), so it can be given from anywhere a request fails, the filters included.
 */
@Component
public class DatabaseUnavailableAnswer {

    private final ITemplateEngine templates;
    private final MessageSource messages;

    DatabaseUnavailableAnswer(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The answer to a request that failed with {@code failure}, for which {@link DatabaseUnavailable#is} holds. */
    public void write(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        boolean busy = DatabaseUnavailable.isBusy(failure);
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding("UTF-8");
        Locale locale = RequestContextUtils.getLocale(request);
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemResponse.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    messages.getMessage(busy ? "error.api.busy" : "error.api.unavailable", null, locale));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                locale);
        context.setVariable("busy", busy);
        templates.process("error/503", context, response.getWriter());
    }
}
