package org.defencetracker.shared.web;

import org.defencetracker.shared.InvalidParameterException;

/** Whole numbers in request parameters: a page, a page size. */
public final class Numbers {

    private Numbers() {}

    /**
     * The number {@code text} gives, from {@code min} to {@code max}, or {@code fallback} when none is given;
     * anything else is refused with the message {@code code} naming the parameter.
     */
    public static int parameter(String name, String text, int fallback, int min, int max, String code) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(text.strip());
        } catch (NumberFormatException ex) {
            throw new InvalidParameterException(name, text, code);
        }
        if (number < min || number > max) {
            throw new InvalidParameterException(name, text, code);
        }
        return number;
    }
}
