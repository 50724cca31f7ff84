package org.defencetracker.shared.web.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.defencetracker.shared.InvalidParameterException;

/** Query parameters the API's lists share. */
public final class ApiParameters {

    /** The largest page of a list, as on the pages. */
    static final int MAX_SIZE = 200;

    private ApiParameters() {}

    /**
     * {@code changedSince} as a moment: an ISO instant ("2025-09-14T10:00:00Z"), or a day, which counts from its
     * first moment in the zone of the application's clock. Null when not given.
     */
    public static Instant changedSince(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(value).atStartOfDay(clock.getZone()).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new InvalidParameterException("changedSince", text, "error.parameter.instant");
            }
        }
    }

    /** A page size from 1 to 200, as on the pages, or {@code fallback} when none is given. */
    public static int size(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int size = Integer.parseInt(text.strip());
            if (size >= 1 && size <= MAX_SIZE) {
                return size;
            }
        } catch (NumberFormatException ex) {
            // Refused below, as a number out of range is.
        }
        throw new InvalidParameterException("size", text, "error.parameter.size");
    }

    /**
     * A list's {@code before} read by {@code parse} into the cursor of the page it starts after; null when not given,
     * refused when {@code parse} does not know it.
     */
    public static <T> T cursor(String before, Function<String, Optional<T>> parse) {
        if (before == null || before.isBlank()) {
            return null;
        }
        return parse.apply(before.strip())
                .orElseThrow(() -> new InvalidParameterException("before", before, "error.parameter.cursor"));
    }

    /** The {@code size} to repeat in the address of the next page: none when the page size was not asked for. */
    public static String sizeQuery(String size, int pageSize) {
        return size == null || size.isBlank() ? "" : "&size=" + pageSize;
    }
}
