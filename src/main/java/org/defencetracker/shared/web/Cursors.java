package org.defencetracker.shared.web;

import org.defencetracker.shared.InvalidParameterException;

/** The cursor of a list paged by id, newest first: the next page holds the records below that id. */
public final class Cursors {

    private Cursors() {}

    /** The id in the parameter {@code name}, null when not given; anything but a number is a 400 naming it. */
    public static Long below(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException ex) {
            throw new InvalidParameterException(name, value, "error.parameter.cursor");
        }
    }
}
