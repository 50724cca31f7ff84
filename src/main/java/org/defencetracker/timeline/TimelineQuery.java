package org.defencetracker.timeline;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.KnownCountry;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The timeline's query parameters, as the page, its exports and the JSON API read them. Every one is optional;
 * what cannot be used is refused with the parameter's name (see {@code ParameterRefusal}). Text is read without
 * surrounding blanks, and codes in capitals.
 */
@TimelineQuery.DatesInOrder
public record TimelineQuery(
        @Parameter(description = "entries whose period ends on or after this day")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @Parameter(description = "entries whose period starts on or before this day")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        @Parameter(description = "kinds of entry, repeated or separated by commas; every kind when not given")
        List<EntryKind> kind,

        @Parameter(description = "id of the body the entries involve")
        Long body,

        @Parameter(description = "region code, such as KZ-11")
        @Pattern(regexp = "[A-Z]{2}-[0-9A-Z]{1,3}", message = "error.parameter.region")
        String region,

        @Parameter(description = "two-letter code of the country the entries are attributed to, such as RU")
        @KnownCountry
        String origin,

        @Parameter(description = "attribution status")
        @Schema(allowableValues = {"CONFIRMED", "ALLEGED", "CONTESTED", "DENIED", "UNKNOWN"})
        @Pattern(regexp = "CONFIRMED|ALLEGED|CONTESTED|DENIED|UNKNOWN", message = "error.parameter.attribution")
        String attribution,

        @Parameter(description = "words in web-search syntax: \"a phrase\", -word, or")
        @Size(max = TimelineQuery.MAX_WORDS_LENGTH, message = "error.parameter.length")
        String q,

        @Parameter(description = "cursor of the page to read: the entries older than it (a response's next)")
        @Schema(type = "string", example = "2025-09-14.42")
        TimelineCursor before,

        @Parameter(description = "cursor of the page to read: the entries newer than it (a response's previous)")
        @Schema(type = "string", example = "2025-09-14.42")
        TimelineCursor after,

        @Parameter(description = "entries on a page")
        @Schema(defaultValue = "50")
        @Min(value = 1, message = "error.parameter.size")
        @Max(value = TimelineQueries.MAX_PAGE_SIZE, message = "error.parameter.size")
        Integer size,

        @Parameter(description = "the page that starts with the newest entries on or before this day")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate at,

        @Parameter(
                description = "the timeline as it was recorded at the end of this day (2025-09-14) or minute"
                        + " (2025-09-14T10:30) in the application's time zone, not in the future")
        @Schema(type = "string", pattern = RecordedOn.PATTERN, example = "2025-09-14T10:30")
        RecordedOn recordedOn) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_WORDS_LENGTH = 200;

    /** The statuses of attribution in the order the page lists them. */
    public static final List<String> ATTRIBUTIONS = List.of("CONFIRMED", "ALLEGED", "CONTESTED", "DENIED", "UNKNOWN");

    public TimelineQuery {
        kind = kind == null ? List.of() : kind.stream().filter(Objects::nonNull).toList();
        region = text(region);
        origin = capitals(text(origin));
        attribution = capitals(text(attribution));
        q = text(q);
    }

    /**
     * The filter these parameters ask for. {@code recordedOn} asks for the timeline as recorded at the end of that
     * day or minute in the zone of the application's clock: the filter then holds the first moment after it.
     */
    public TimelineFilter filter(Clock clock) {
        if (recordedOn != null && recordedOn.isFuture(clock)) {
            throw new InvalidParameterException("recordedOn", recordedOn.toString(), "error.parameter.future");
        }
        Instant recordedAt = recordedOn == null ? null : recordedOn.end(clock.getZone());
        return new TimelineFilter(from, to, Set.copyOf(kind), body, region, origin, attribution, q, recordedAt);
    }

    /** The page's cursor towards older entries; "jump to a date" starts with the newest entries on or before it. */
    public TimelineCursor olderThan() {
        if (at != null && before == null && after == null) {
            return new TimelineCursor(at.plusDays(1), 0);
        }
        return before;
    }

    public int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String capitals(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** A date range whose end is not before its start; refused as {@code to}. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = DatesInOrder.Check.class)
    public @interface DatesInOrder {

        String message() default "error.parameter.range";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Compares the two ends. */
        class Check implements ConstraintValidator<DatesInOrder, TimelineQuery> {

            @Override
            public boolean isValid(TimelineQuery query, ConstraintValidatorContext context) {
                if (query.from() == null || query.to() == null || !query.to().isBefore(query.from())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("to")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
