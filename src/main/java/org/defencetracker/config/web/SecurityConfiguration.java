package org.defencetracker.config.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.shared.DatabaseUnavailable;
import org.defencetracker.shared.web.ReturnAddress;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Who may do what. Reading is open by default (or needs a signed-in account when configured); every write needs
 * an editor, account management an administrator. Forms carry CSRF tokens and sign-in changes the session id;
 * the security headers of every answer are {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The web rules, only where there is a web application (not in tests of the services alone). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class WebRules {

        /**
         * The JSON API: personal access tokens (Bearer, see the account module) or HTTP Basic, kept for clients
         * written before tokens, over the same accounts and roles; no session and so no cookie to forge a request
         * with (hence no CSRF token), and problem details instead of the sign-in page.
         */
        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, DefenceTrackerProperties properties) throws Exception {
            boolean readRequiresLogin = properties.security().readRequiresLogin();
            http.securityMatcher("/api/**").authorizeHttpRequests(requests -> {
                // One's own tokens are anyone's who is signed in, analysts too.
                requests.requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").hasRole("ANALYST");
                if (readRequiresLogin) {
                    requests.requestMatchers(HttpMethod.GET, "/api/**").hasRole("ANALYST");
                } else {
                    requests.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
                }
                requests.anyRequest().hasRole("EDITOR");
            });
            return stateless(http);
        }

        /**
         * The actuator: health (with its probes) and info for anyone, as load balancers ask for them; every other
         * endpoint, the Prometheus metrics among them, for operators only (administrators, and their tokens, read-only
         * ones too, so that a scraper holds no right to write), with a token or HTTP Basic, answered
         * as the API answers (problem details, no session).
         */
        @Bean
        @Order(0)
        SecurityFilterChain operations(HttpSecurity http) throws Exception {
            http.securityMatcher("/actuator/**").authorizeHttpRequests(requests -> {
                requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                        .permitAll();
                requests.requestMatchers(HttpMethod.GET, "/actuator/info").permitAll();
                requests.anyRequest().hasRole("OPERATOR");
            });
            return stateless(http);
        }

        /** A chain for scripts: a token or HTTP Basic on every request, no session, refusals as problem details. */
        private static SecurityFilterChain stateless(HttpSecurity http) throws Exception {
            ApiAuthenticationProblems problems = new ApiAuthenticationProblems(
                    http.getSharedObject(ApplicationContext.class).getBean(MessageSource.class));
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
                    .exceptionHandling(exceptions ->
                            exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                    .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .headers(SecurityConfiguration::cacheControlOnly);
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain web(HttpSecurity http, DefenceTrackerProperties properties) throws Exception {
            boolean readRequiresLogin = properties.security().readRequiresLogin();
            log.info(
                    readRequiresLogin
                            ? "Reading requires signing in"
                            : "Reading is open to everyone; writing needs an editor");
            http.authorizeHttpRequests(requests -> {
                        requests.requestMatchers("/css/**", "/js/**", "/login", "/error", "/actuator/health/**")
                                .permitAll();
                        requests.requestMatchers("/admin/**").hasRole("ADMIN");
                        // One's own account (its password) is anyone's who is signed in, analysts too.
                        requests.requestMatchers("/account", "/account/**").hasRole("ANALYST");
                        // The forms themselves are for editors only, not just their submission, and so are their
                        // pickers' suggestions.
                        requests.requestMatchers(
                                        HttpMethod.GET, "/*/new", "/*/*/edit", "/*/*/new", "/import", "/pickers/**")
                                .hasRole("EDITOR");
                        if (readRequiresLogin) {
                            requests.requestMatchers(HttpMethod.GET, "/**").hasRole("ANALYST");
                        } else {
                            requests.requestMatchers(HttpMethod.GET, "/**").permitAll();
                        }
                        requests.anyRequest().hasRole("EDITOR");
                    })
                    .formLogin(login -> login.loginPage("/login")
                            .successHandler(RETURN_AFTER_SIGN_IN)
                            .failureHandler(SecurityConfiguration::signInFailed)
                            .permitAll())
                    // Nothing is stored for a visitor who has not signed in: the form's CSRF token and the page to
                    // return to after signing in travel in cookies, and a session is made by signing in.
                    .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                    .requestCache(cache -> cache.requestCache(RETURN_AFTER_SIGN_IN.requests))
                    // Signing out lands on the sign-in page, which says so; the timeline itself may be behind sign-in.
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                    .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                    .headers(SecurityConfiguration::cacheControlOnly);
            return http.build();
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfiguration.class);

    private static final ReturnAfterSignIn RETURN_AFTER_SIGN_IN = new ReturnAfterSignIn();

    /**
     * A sign-in that could not be checked because the accounts could not be read is not a wrong password: the failure
     * goes on to be answered as the service being unavailable, and the form can be sent again shortly.
     */
    private static void signInFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (DatabaseUnavailable.is(failure)) {
            throw failure;
        }
        // A wrong name or password returns to the form, which says so, keeping the page to return to; no session is
        // made for it.
        String next = ReturnAddress.of(request.getParameter(ReturnAddress.PARAMETER));
        response.sendRedirect(request.getContextPath() + "/login?error"
                + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    /**
     * The other security headers are given to every answer by {@link RequestGuard} before any filter can refuse the
     * request, so that refusals carry them too; the filter chains only keep answers out of caches.
     */
    private static void cacheControlOnly(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.defaultsDisabled().cacheControl(Customizer.withDefaults());
    }

    /**
     * An administrator may do what an editor may, an editor what an analyst may; an administrator is also an operator
     * (who reads the actuator's endpoints, metrics among them), and so is an administrator's read-only token.
     */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN")
                .implies("EDITOR", "OPERATOR")
                .role("EDITOR")
                .implies("ANALYST")
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
