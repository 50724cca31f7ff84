package org.defencetracker.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the JSON API, sent as {@code Authorization: Bearer dtk_…}. Each belongs to one account
 * and acts for it: read-only, or writing with the account's role as it is at each request (a disabled account's
 * tokens stop working at once). The secret is shown once, when it is issued; only its SHA-256 is kept, which checks
 * a request with one indexed lookup instead of a password hash's deliberate hundred milliseconds.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    /** How many tokens one account may hold at a time. */
    public static final int MAX_PER_ACCOUNT = 20;

    /** The longest name of a token. */
    public static final int MAX_NAME_LENGTH = 100;

    /** What every secret begins with, so that one found in a file or a log is recognised as ours. */
    public static final String PREFIX = "dtk_";

    /** The last use is written at most this often per token, so that reads do not each write a row. */
    private static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token as its owner sees it in the list: never its secret, only the secret's first characters. */
    public record TokenView(
            long id,
            String name,
            String hint,
            boolean canWrite,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt) {

        public boolean expired(Instant now) {
            return expiresAt != null && !now.isBefore(expiresAt);
        }
    }

    /** A token just issued, with its secret, which is not kept and so never shown again. */
    public record IssuedToken(TokenView token, String secret) {}

    /** Who a valid token acts for, and whether it may write. */
    public record Holder(long accountId, String username, Role role, boolean canWrite) {}

    /**
     * Issues a token for {@code username}, named by its owner, valid for {@code days} (null: until revoked).
     * Writing is granted only to an account whose role may write.
     */
    @Transactional
    public IssuedToken issue(String username, String name, boolean canWrite, Integer days) {
        AccountRow account = account(username);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a token's name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (days != null && (days < 1 || days > 3660)) {
            throw new IllegalArgumentException("a token is valid for 1 to 3660 days");
        }
        if (canWrite && account.role() == Role.ANALYST) {
            throw new IllegalArgumentException("an analyst's token can only read");
        }
        // Locks the account's row, so that two tokens issued at once still count against the limit.
        jdbc.sql("select id from account where id = ? for update")
                .param(account.id())
                .query(Long.class)
                .single();
        long held = jdbc.sql("select count(*) from api_token where account_id = ?")
                .param(account.id())
                .query(Long.class)
                .single();
        if (held >= MAX_PER_ACCOUNT) {
            throw new TooManyTokensException(MAX_PER_ACCOUNT);
        }
        String secret = newSecret();
        Instant now = clock.instant();
        Instant expires = days == null ? null : now.plus(Duration.ofDays(days));
        String hint = secret.substring(0, PREFIX.length() + 4);
        long id = jdbc.sql("""
                        insert into api_token (account_id, name, secret_hash, hint, can_write, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(account.id(), label, hash(secret), hint, canWrite, ts(now), ts(expires))
                .query(Long.class)
                .single();
        return new IssuedToken(new TokenView(id, label, hint, canWrite, now, expires, null), secret);
    }

    /** The tokens of {@code username}, newest first. */
    public List<TokenView> of(String username) {
        return jdbc.sql("""
                        select t.id, t.name, t.hint, t.can_write, t.created_at, t.expires_at, t.last_used_at
                        from api_token t join account a on a.id = t.account_id
                        where lower(a.username) = lower(?) order by t.created_at desc, t.id desc""")
                .param(username)
                .query((rs, n) -> new TokenView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    /** Revokes one of {@code username}'s tokens; another's token, or one already gone, is not found. */
    @Transactional
    public void revoke(String username, long id) {
        int deleted = jdbc.sql("""
                        delete from api_token t using account a
                        where t.id = ? and a.id = t.account_id and lower(a.username) = lower(?)""").params(id, username).update();
        if (deleted == 0) {
            throw new ApiTokenNotFoundException(id);
        }
    }

    /**
     * Who {@code secret} acts for, if it is a token that exists, has not expired and whose account is enabled;
     * notes its use. Anything else, malformed text included, is empty.
     */
    @Transactional
    public Optional<Holder> holder(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Holder> holder = jdbc.sql("""
                        select t.id, a.id, a.username, a.role, t.can_write, t.last_used_at
                        from api_token t join account a on a.id = t.account_id
                        where t.secret_hash = ? and a.enabled and (t.expires_at is null or t.expires_at > ?)""")
                .params(hash(secret), ts(now))
                .query((rs, n) -> {
                    Instant lastUsed = instant(rs.getTimestamp(6));
                    if (lastUsed == null || lastUsed.plus(LAST_USE_STEP).isBefore(now)) {
                        jdbc.sql("update api_token set last_used_at = ? where id = ?")
                                .params(ts(now), rs.getLong(1))
                                .update();
                    }
                    return new Holder(rs.getLong(2), rs.getString(3), Role.valueOf(rs.getString(4)), rs.getBoolean(5));
                })
                .optional();
        return holder;
    }

    private AccountRow account(String username) {
        return jdbc.sql("select id, role from account where lower(username) = lower(?)")
                .param(username)
                .query((rs, n) -> new AccountRow(rs.getLong(1), Role.valueOf(rs.getString(2))))
                .optional()
                .orElseThrow(() -> new AccountNotFoundException(0));
    }

    private record AccountRow(long id, Role role) {}

    private static String newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
