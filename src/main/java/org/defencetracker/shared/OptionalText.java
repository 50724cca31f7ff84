package org.defencetracker.shared;

/** How a record keeps a text an editor may leave out: stripped, and null when nothing but blanks was given. */
public final class OptionalText {

    private OptionalText() {}

    /** The text stripped of surrounding blanks; null for null or blank text. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
