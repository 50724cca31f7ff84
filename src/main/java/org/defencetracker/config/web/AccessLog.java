package org.defencetracker.config.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line for every request, at its end: method, address with its query, status, milliseconds and the client's
 * address, also as key-value pairs for structured (JSON) logs. It wraps every other filter, so refusals before a page
 * is reached (400, 401, 403, 503) are logged too. Load balancers' health probes are logged at debug only. Turned off
 * with {@code logging.level.org.defencetracker.access=off}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessLog extends OncePerRequestFilter {

    static final String LOGGER = "org.defencetracker.access";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            // A failure that escapes every filter becomes the error page's 500 after this line is written.
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            write(request, status, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void write(HttpServletRequest request, int status, long millis) {
        String path = request.getRequestURI();
        Level level = path.startsWith(request.getContextPath() + "/actuator/health") ? Level.DEBUG : Level.INFO;
        if (!log.isEnabledForLevel(level)) {
            return;
        }
        String query = request.getQueryString();
        String address = query == null ? path : path + "?" + query;
        log.atLevel(level)
                .addKeyValue("http.method", request.getMethod())
                .addKeyValue("url.original", address)
                .addKeyValue("http.status", status)
                .addKeyValue("duration.ms", millis)
                .addKeyValue("client.address", request.getRemoteAddr())
                .log("{} {} {} {} ms {}", request.getMethod(), address, status, millis, request.getRemoteAddr());
    }
}
