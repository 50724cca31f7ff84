package org.defencetracker.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.defencetracker.account.SignInThrottle;
import org.defencetracker.shared.web.api.ProblemResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in, before the password is even checked, from an address that must wait ({@link SignInThrottle}):
 * the sign-in form is sent back to its page, which says how long to wait; an HTTP Basic request is answered 429
 * with {@code Retry-After} and problem details. The client's address is the request's remote address, which Tomcat
 * takes from forwarded headers only when a trusted proxy sent them.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final MessageSource messages;

    SignInThrottleFilter(SignInThrottle throttle, MessageSource messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> basic = basicUsername(request);
        boolean form = "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
        String username = basic.orElse(form ? request.getParameter("username") : null);
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = throttle.waitFor(request.getRemoteAddr(), username.strip());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
        if (basic.isPresent()) {
            tooManyRequests(request, response, seconds);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?wait=" + ((seconds + 59) / 60));
        }
    }

    private void tooManyRequests(HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemResponse.write(request, response, status, messages, "error.api.429", seconds);
    }

    private static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            // A header that does not decode is left to HTTP Basic, which refuses it.
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }
}
