package org.defencetracker.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.defencetracker.shared.DatabaseUnavailable;
import org.defencetracker.shared.web.DatabaseUnavailableAnswer;
import org.defencetracker.shared.web.ErrorAnswers;
import org.defencetracker.shared.web.RequestBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first thing every request meets, after the {@link AccessLog}. It gives the answer its security headers before anything can refuse the
 * request (the firewall, a failed sign-in, a missing page), and refuses with a 400 a query or form whose
 * percent-encoding or UTF-8 does not decode, whose parameter names hold control characters, or whose query holds a
 * NUL, before any part of the application reads a parameter and fails on it. (NUL typed into a form's field is
 * refused at that field, like any other character that cannot be kept.) And whatever fails on the way because the
 * database cannot be reached, a filter or a page, is answered here with a 503 that reads nothing from the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);

    private final DatabaseUnavailableAnswer unavailable;
    private final long largestForm;

    RequestGuard(
            DatabaseUnavailableAnswer unavailable,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize largestForm) {
        this.unavailable = unavailable;
        this.largestForm = largestForm.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityHeaders.apply(response, request.isSecure());
        // A form larger than the server reads would reach every field empty: refused whole, saying why. Its length is
        // known beforehand, or (sent in chunks) once the server has tried to read it.
        if (isForm(request)
                && (request.getContentLengthLong() > largestForm || RequestBodies.provedTooLarge(request))) {
            log.warn(
                    "Refused {} {}: a form of {} bytes",
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getContentLengthLong());
            request.setAttribute(
                    ErrorAnswers.DETAIL,
                    request.getRequestURI().startsWith("/api/") ? "error.api.413" : "error.413.form");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        String problem = problemOfParameters(request);
        if (problem != null) {
            log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), problem);
            request.setAttribute(
                    ErrorAnswers.DETAIL,
                    request.getRequestURI().startsWith("/api/") ? "error.api.encoding" : "error.400.encoding");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException ex) {
            if (!DatabaseUnavailable.is(ex) || response.isCommitted()) {
                throw ex;
            }
            log.warn(
                    "Request {} {} not answered: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseUnavailable.describe(ex));
            unavailable.write(request, response, ex);
        }
    }

    private static String problemOfParameters(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
                if (name == null || value == null) {
                    return "the query is not valid percent-encoded UTF-8";
                }
                if (name.chars().anyMatch(Character::isISOControl)) {
                    return "a parameter name holds a control character";
                }
                // No text the database stores or searches may hold NUL; an address never needs one.
                if (value.indexOf('\u0000') >= 0) {
                    return "a parameter holds a NUL character";
                }
            }
        }
        if (isForm(request)) {
            // The form is read here, before the encoding filter runs: read as anything but UTF-8, the pages' own
            // text ("Ministry · #4", or any Cyrillic) would come back garbled.
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8);
            }
            try {
                for (String name : request.getParameterMap().keySet()) {
                    if (name.chars().anyMatch(Character::isISOControl)) {
                        return "a form field's name holds a control character";
                    }
                }
            } catch (IllegalStateException ex) {
                // The server reports an undecodable form this way; its message quotes the raw input, which stays out.
                return "the form is not valid percent-encoded UTF-8";
            }
        }
        return null;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The text of a percent-encoded part of a query, or null when it is not valid encoding of UTF-8. */
    static String decoded(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()) {
                    return null;
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7f) {
                // The server reads raw bytes of the request line as UTF-8 too.
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException ex) {
            return null;
        }
    }
}
