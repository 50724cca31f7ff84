package org.defencetracker.config.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.defencetracker.shared.DatabaseUnavailable;
import org.defencetracker.shared.web.api.ProblemResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The JSON API's answers when sign-in is missing or not enough: 401 with the Bearer and Basic challenges or 403, each as
 * problem details, never the redirect to the sign-in page that browsers get.
 */
class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;

    ApiAuthenticationProblems(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        // The accounts could not be read: the credentials may well be right, so this is no authentication failure.
        if (DatabaseUnavailable.is(ex)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            write(response, request, HttpStatus.SERVICE_UNAVAILABLE, "error.api.unavailable");
            return;
        }
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Defence Tracker\", Basic realm=\"Defence Tracker\"");
        write(response, request, HttpStatus.UNAUTHORIZED, "error.api.signIn");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(response, request, HttpStatus.FORBIDDEN, "error.api.forbidden");
    }

    private void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String key)
            throws IOException {
        ProblemResponse.write(request, response, status, messages, key);
    }
}
