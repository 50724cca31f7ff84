package org.defencetracker.shared;

import java.util.Locale;

/** SQL {@code LIKE} patterns from what a person typed, its own {@code %}, {@code _} and {@code \} taken literally. */
public final class LikePatterns {

    private LikePatterns() {}

    /** Lower-case text that holds {@code typed} anywhere; every text when nothing was typed. Escaped with {@code \}. */
    public static String containing(String typed) {
        if (typed == null || typed.isBlank()) {
            return "%";
        }
        return "%" + typed.strip().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
    }
}
