package org.defencetracker.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable, for every way one is set (a new account, a change, a reset): long enough, not
 * longer than BCrypt reads (it ignores, and Spring Security refuses, what lies past 72 bytes), not one character
 * repeated and not one of the commonest passwords, which guessing tries first. Each problem is a message key.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** BCrypt's limit, in bytes of UTF-8: fewer letters where they take more than one byte. */
    public static final int MAX_BYTES = 72;

    public static final String TOO_SHORT = "password.tooShort";
    public static final String TOO_LONG = "password.tooLong";
    public static final String REPEATED = "password.repeated";
    public static final String COMMON = "password.common";

    private static final Set<String> COMMON_PASSWORDS = load("/account/common-passwords.txt");

    private PasswordPolicy() {}

    /** The message key of what is wrong with this password, or nothing when it is acceptable. */
    public static Optional<String> problemOf(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(TOO_LONG);
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of(REPEATED);
        }
        if (COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(COMMON);
        }
        return Optional.empty();
    }

    static void check(String password) {
        problemOf(password).ifPresent(problem -> {
            throw new UnacceptablePasswordException(problem);
        });
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Set.copyOf(words);
    }
}
