package org.defencetracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock an owner out. Failed sign-ins are counted per client
 * address and account name together: after {@value #MAX_FAILURES} failures within {@code WINDOW} that address must
 * wait before it tries that account again, while the owner signing in from another address is never refused. One
 * address that fails {@value #MAX_FAILURES_PER_ADDRESS} times within the window, whatever names it tries, waits for
 * every name; it then records nothing more, and rows older than the window are deleted as new ones come, so the
 * table holds at most that many rows per address that failed lately, however many unknown names are tried.
 *
 * <p>The failures are kept in PostgreSQL, so that every instance behind the load balancer counts the same ones; a
 * successful sign-in clears those of its address and account.
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this address must wait before it may try this account's password again; empty when it may now. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitFor(String address, String username) {
        OffsetDateTime now = now();
        Optional<OffsetDateTime> byAccount = jdbc.sql("select failed_at from sign_in_failure"
                        + " where client_address = :address and lower(username) = lower(:username)"
                        + " and failed_at > :since order by failed_at desc offset :skip limit 1")
                .param("address", address(address))
                .param("username", truncate(username))
                .param("since", now.minus(WINDOW))
                .param("skip", MAX_FAILURES - 1)
                .query(OffsetDateTime.class)
                .optional();
        Optional<OffsetDateTime> byAddress = jdbc.sql("select failed_at from sign_in_failure"
                        + " where client_address = :address and failed_at > :since"
                        + " order by failed_at desc offset :skip limit 1")
                .param("address", address(address))
                .param("since", now.minus(WINDOW))
                .param("skip", MAX_FAILURES_PER_ADDRESS - 1)
                .query(OffsetDateTime.class)
                .optional();
        // The later of the two decides: the wait lasts until enough failures have left the window.
        return java.util.stream.Stream.of(byAccount, byAddress)
                .flatMap(Optional::stream)
                .max(OffsetDateTime::compareTo)
                .map(failedAt -> Duration.between(now, failedAt.plus(WINDOW)))
                .filter(wait -> !wait.isNegative() && !wait.isZero());
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        OffsetDateTime now = now();
        jdbc.sql("delete from sign_in_failure where failed_at <= :before")
                .param("before", now.minus(WINDOW))
                .update();
        jdbc.sql("insert into sign_in_failure (client_address, username, failed_at) values (:address, :username, :at)")
                .param("address", address(addressOf(event.getAuthentication().getDetails())))
                .param(
                        "username",
                        truncate(String.valueOf(event.getAuthentication().getName())))
                .param("at", now)
                .update();
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        String address = addressOf(event.getAuthentication().getDetails());
        if (address == null) {
            return;
        }
        jdbc.sql("delete from sign_in_failure where client_address = :address and lower(username) = lower(:username)")
                .param("address", address(address))
                .param("username", truncate(event.getAuthentication().getName()))
                .update();
    }

    /** Both the sign-in form and HTTP Basic give the request's details, with the client's address. */
    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String address(String address) {
        if (address == null) {
            return "unknown";
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static String truncate(String username) {
        return username.length() > 100 ? username.substring(0, 100) : username;
    }
}
