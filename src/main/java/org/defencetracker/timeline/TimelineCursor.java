package org.defencetracker.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A position in the timeline's order (date, then id), written into page addresses as "2025-09-14.42". */
public record TimelineCursor(LocalDate date, long id) {

    public static Optional<TimelineCursor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TimelineCursor(
                    LocalDate.parse(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1))));
        } catch (DateTimeParseException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    static TimelineCursor of(TimelineEntry entry) {
        return new TimelineCursor(entry.date().start(), entry.id());
    }

    @Override
    public String toString() {
        return date + "." + id;
    }
}
