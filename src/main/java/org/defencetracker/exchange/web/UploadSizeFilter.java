package org.defencetracker.exchange.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.defencetracker.shared.web.RequestBodies;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload to the import page that is larger than the import takes back to the page, which says so, before
 * anything reads it. Without this the form's CSRF token, which travels inside the upload, could not be read, and
 * the editor would be refused as if the form were forged. It runs before the security filters and changes
 * nothing: the redirect leads to a page that only editors may see.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "tooLarge";

    private final long limit;

    UploadSizeFilter(UploadLimit limit) {
        this.limit = limit.bytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !"/import".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limit > 0 && (request.getContentLengthLong() > limit || RequestBodies.provedTooLarge(request))) {
            // 303: the browser follows with a GET. The rest of the upload is read and dropped by the server
            // (server.tomcat.max-swallow-size), so that the browser sees the answer instead of a reset.
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + "/import?" + TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
