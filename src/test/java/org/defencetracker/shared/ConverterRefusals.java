package org.defencetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.core.convert.converter.Converter;

/** What a query parameter's converter answers to a text it cannot read. */
public final class ConverterRefusals {

    private ConverterRefusals() {}

    /** The converter refuses the text with the reason, leaving the parameter for the binding to name. */
    public static void assertRefuses(Converter<String, ?> converter, String text, String reason) {
        assertThatThrownBy(() -> converter.convert(text))
                .as("%s", text)
                .isInstanceOfSatisfying(InvalidParameterException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(reason);
                    assertThat(refused.value()).isEqualTo(text);
                    assertThat(refused.parameter()).isNull();
                });
    }
}
