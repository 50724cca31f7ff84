package org.defencetracker.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.core.convert.converter.Converter;

/**
 * Reads a query parameter's text into a value of its own type. A blank text is no value; one that cannot be read is
 * refused with the message key of the reason, and the binding names the parameter (see {@link ParameterRefusal}).
 * Spring Boot adds every such converter bean to the conversions of the web layer.
 */
public abstract class ParameterConverter<T> implements Converter<String, T> {

    private final String reason;
    private final Function<String, Optional<T>> reader;

    /**
     * @param reason the message key of a refusal
     * @param reader the value a text stands for (given without surrounding blanks), or none if it stands for none
     */
    protected ParameterConverter(String reason, Function<String, Optional<T>> reader) {
        this.reason = reason;
        this.reader = reader;
    }

    @Override
    public final T convert(String text) {
        if (text.isBlank()) {
            return null;
        }
        return reader.apply(text.strip()).orElseThrow(() -> new InvalidParameterException(null, text, reason));
    }

    /** Reads the constants of an enum by their names in any case ("month", "MONTH"). */
    protected static <E extends Enum<E>> Function<String, Optional<E>> constants(Class<E> type) {
        return text -> {
            try {
                return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ex) {
                return Optional.empty();
            }
        };
    }
}
