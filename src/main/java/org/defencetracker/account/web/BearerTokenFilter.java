package org.defencetracker.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.defencetracker.account.ApiTokens;
import org.defencetracker.account.Role;
import org.defencetracker.shared.DatabaseUnavailable;
import org.defencetracker.shared.web.api.ProblemResponse;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request of the JSON API (or of the actuator) in with a personal access token ({@code Authorization: Bearer dtk_…}): a read-only
 * token acts as an analyst, a writing one with its account's role as it is now. A token that is unknown, revoked or
 * expired is answered 401 at once, never taken as no sign-in at all, so that a client learns its token is bad even
 * where reading is open. Requests without a token pass on untouched (to HTTP Basic, or anonymous).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String OPERATOR = "ROLE_OPERATOR";

    private final ApiTokens tokens;

    private final MessageSource messages;

    BearerTokenFilter(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    /** A sign-in made with a token; the token pages refuse to issue a token on the strength of another one. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final ApiTokens.Holder holder;

        TokenAuthentication(ApiTokens.Holder holder) {
            super(authorities(holder));
            this.holder = holder;
            setAuthenticated(true);
        }

        /**
         * A writing token has its account's role; a read-only one an analyst's, and an administrator's also the
         * operator's, who reads the metrics.
         */
        private static List<SimpleGrantedAuthority> authorities(ApiTokens.Holder holder) {
            if (holder.canWrite()) {
                return List.of(
                        new SimpleGrantedAuthority("ROLE_" + holder.role().name()));
            }
            SimpleGrantedAuthority analyst = new SimpleGrantedAuthority("ROLE_" + Role.ANALYST.name());
            return holder.role() == Role.ADMIN
                    ? List.of(analyst, new SimpleGrantedAuthority(OPERATOR))
                    : List.of(analyst);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return holder.username();
        }

        @Override
        public String getName() {
            return holder.username();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !(request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                        || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(BEARER.length())
                .strip();
        Optional<ApiTokens.Holder> holder;
        try {
            holder = tokens.holder(secret);
        } catch (DataAccessException ex) {
            if (!DatabaseUnavailable.is(ex)) {
                throw ex;
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            ProblemResponse.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, messages, "error.api.unavailable");
            return;
        }
        if (holder.isEmpty()) {
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Defence Tracker\", error=\"invalid_token\"");
            ProblemResponse.write(request, response, HttpStatus.UNAUTHORIZED, messages, "error.api.token");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(holder.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
