package org.defencetracker.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.defencetracker.shared.InvalidParameterException;

/** Reads dates from request parameters, naming the parameter when it cannot. */
public final class Dates {

    private Dates() {}

    /** An ISO date (YYYY-MM-DD), or null when the parameter is absent or empty. */
    public static LocalDate parameter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException ex) {
            throw new InvalidParameterException(name, value, "error.parameter.date");
        }
    }
}
