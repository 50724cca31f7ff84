package org.defencetracker.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * Reads a date typed into a form as precisely as the editor knows it: "2025-09-14", "2025-09" or "2025", with
 * the precision chosen beside it. A mismatch between the two is an error rather than a guess.
 */
public final class DateInput {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private DateInput() {}

    /**
     * The date, or null after rejecting {@code field} in {@code errors}: required and missing, unreadable, not
     * matching the precision, or after {@code latest}.
     */
    public static FuzzyDate read(
            String text, DatePrecision precision, boolean approximate, LocalDate latest, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "date.required");
            return null;
        }
        Matcher shape = SHAPE.matcher(text.strip());
        if (!shape.matches()) {
            errors.rejectValue(field, "date.format");
            return null;
        }
        DatePrecision given = shape.group(3) != null
                ? DatePrecision.DAY
                : shape.group(2) != null ? DatePrecision.MONTH : DatePrecision.YEAR;
        if (precision != null && precision != given) {
            errors.rejectValue(field, "date.precision." + precision);
            return null;
        }
        LocalDate start;
        try {
            start = LocalDate.of(
                    Integer.parseInt(shape.group(1)),
                    shape.group(2) == null ? 1 : Integer.parseInt(shape.group(2)),
                    shape.group(3) == null ? 1 : Integer.parseInt(shape.group(3)));
        } catch (DateTimeException ex) {
            errors.rejectValue(field, "date.invalid");
            return null;
        }
        if (start.getYear() < 1900) {
            errors.rejectValue(field, "date.tooEarly");
            return null;
        }
        if (latest != null && start.isAfter(latest)) {
            errors.rejectValue(field, "date.future", new Object[] {latest.toString()}, null);
            return null;
        }
        return new FuzzyDate(start, given, approximate);
    }

    /** A plain day (YYYY-MM-DD), optional; null after rejecting the field, or when empty. */
    public static LocalDate day(String text, LocalDate latest, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        FuzzyDate date = read(text, DatePrecision.DAY, false, latest, field, errors);
        return date == null ? null : date.start();
    }

    /** How a stored date is typed back into a form. */
    public static String text(FuzzyDate date) {
        if (date == null) {
            return null;
        }
        return switch (date.precision()) {
            case DAY -> date.start().toString();
            case MONTH -> date.start().toString().substring(0, 7);
            case YEAR -> String.valueOf(date.start().getYear());
        };
    }
}
