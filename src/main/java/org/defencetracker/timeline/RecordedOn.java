package org.defencetracker.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * When the timeline is shown as recorded, as an address gives it: a day ("2025-09-14"), meaning the end of that day,
 * or a minute ("2025-09-14T10:30"), meaning the end of that minute; both in the zone of the application's clock.
 *
 * @param start the first moment of the day or minute
 * @param wholeDay whether a day was given rather than a minute
 */
public record RecordedOn(LocalDateTime start, boolean wholeDay) {

    /** How a minute is written in addresses and read from them (as a datetime-local control sends it). */
    public static final String PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?";

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);

    /** The day or minute a text names, or none when it names neither. */
    public static Optional<RecordedOn> parse(String text) {
        try {
            return Optional.of(
                    text.length() == 10
                            ? new RecordedOn(LocalDate.parse(text).atStartOfDay(), true)
                            : new RecordedOn(LocalDateTime.parse(text, MINUTE), false));
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    /** The first moment after the day or minute: what had been recorded before it is shown. */
    public Instant end(ZoneId zone) {
        return (wholeDay ? start.plusDays(1) : start.plusMinutes(1))
                .atZone(zone)
                .toInstant();
    }

    /** Whether the day or minute has not begun yet. */
    public boolean isFuture(Clock clock) {
        return start.isAfter(LocalDateTime.now(clock));
    }

    /** The value of a minute control: a day as its last minute, whose end is the end of the day. */
    public String minute() {
        return (wholeDay ? start.plusDays(1).minusMinutes(1) : start).format(MINUTE);
    }

    /** "14 September 2025", or "14 September 2025, 10:30 (UTC)" for a minute. */
    public String label(Locale locale, ZoneId zone) {
        return wholeDay
                ? start.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))
                : start.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)) + " (" + zone.getId() + ")";
    }

    /** As the address writes it. */
    @Override
    public String toString() {
        return wholeDay ? start.toLocalDate().toString() : start.format(MINUTE);
    }
}
