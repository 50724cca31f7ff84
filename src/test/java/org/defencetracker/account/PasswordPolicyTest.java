package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(PasswordPolicy.problemOf("a long enough secret")).isEmpty();
        assertThat(PasswordPolicy.problemOf("x".repeat(71) + "y")).isEmpty();
    }

    @Test
    void refusesAShortPassword() {
        assertThat(PasswordPolicy.problemOf(null)).hasValue(PasswordPolicy.TOO_SHORT);
        assertThat(PasswordPolicy.problemOf("elevenchars")).hasValue(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void refusesWhatBcryptWouldNotReadCountingBytesNotLetters() {
        assertThat(PasswordPolicy.problemOf("x".repeat(72) + "y")).hasValue(PasswordPolicy.TOO_LONG);
        // 37 Cyrillic letters are 74 bytes of UTF-8.
        assertThat(PasswordPolicy.problemOf("пароль".repeat(6) + "ы")).hasValue(PasswordPolicy.TOO_LONG);
        assertThat(PasswordPolicy.problemOf("пароль".repeat(6))).isEmpty();
    }

    @Test
    void refusesOneCharacterRepeated() {
        assertThat(PasswordPolicy.problemOf("aaaaaaaaaaaaaaaa")).hasValue(PasswordPolicy.REPEATED);
        assertThat(PasswordPolicy.problemOf("111111111111")).hasValue(PasswordPolicy.REPEATED);
        assertThat(PasswordPolicy.problemOf("жжжжжжжжжжжж")).hasValue(PasswordPolicy.REPEATED);
    }

    @Test
    void refusesTheCommonestPasswordsWhateverTheirCase() {
        assertThat(PasswordPolicy.problemOf("qwertyuiop123")).hasValue(PasswordPolicy.COMMON);
        assertThat(PasswordPolicy.problemOf("Password1234")).hasValue(PasswordPolicy.COMMON);
        assertThat(PasswordPolicy.problemOf("123456789012")).isEmpty();
        assertThat(PasswordPolicy.problemOf("1234567890QWERTY")).hasValue(PasswordPolicy.COMMON);
    }
}
