package org.defencetracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins to one account within
 * {@code WINDOW}, that account cannot sign in until the window has passed, even with the right password. The
 * failures are kept in the database, so every instance counts the same; a successful sign-in clears them.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        return jdbc.sql("select count(*) from sign_in_failure where lower(username) = lower(:username)"
                                + " and failed_at > :since")
                        .param("username", username)
                        .param(
                                "since",
                                OffsetDateTime.now(clock)
                                        .withOffsetSameInstant(ZoneOffset.UTC)
                                        .minus(WINDOW))
                        .query(Long.class)
                        .single()
                >= MAX_FAILURES;
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("insert into sign_in_failure (username, failed_at) values (:username, :at)")
                .param(
                        "username",
                        truncate(String.valueOf(event.getAuthentication().getName())))
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from sign_in_failure where lower(username) = lower(:username)")
                .param("username", event.getAuthentication().getName())
                .update();
    }

    private static String truncate(String username) {
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
