package org.defencetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;

class ParameterRefusalTest {

    @Test
    void findsTheReasonAConverterGaveAmongTheCausesOfAFailure() {
        InvalidParameterException refused = new InvalidParameterException(null, "decade", "error.parameter.zoom");
        ConversionFailedException failure = new ConversionFailedException(
                TypeDescriptor.valueOf(String.class), TypeDescriptor.valueOf(Integer.class), "decade", refused);

        assertThat(ParameterRefusal.statedReason(failure)).contains("error.parameter.zoom");
        assertThat(ParameterRefusal.statedReason(new IllegalArgumentException("no")))
                .isEmpty();
        assertThat(ParameterRefusal.statedReason(null)).isEmpty();
    }

    @Test
    void showsAGivenValueShortAndWithoutControlCharacters() {
        assertThat(ParameterRefusal.shown("2025-13-45")).isEqualTo("2025-13-45");
        assertThat(ParameterRefusal.shown("a".repeat(50))).isEqualTo("a".repeat(ParameterRefusal.SHOWN) + "…");
        assertThat(ParameterRefusal.shown(new String[] {"FOO", "BAR"})).isEqualTo("FOO,BAR");
        assertThat(ParameterRefusal.shown("odd\u0001input")).isNull();
        assertThat(ParameterRefusal.shown(null)).isNull();
    }
}
