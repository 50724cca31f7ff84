package org.defencetracker.search;

import java.util.Locale;
import java.util.Optional;

/** The kinds of record a search finds, in the order their facets are shown. */
public enum SearchKind {
    ACT,
    BODY,
    INCIDENT,
    STATEMENT,
    SOURCE;

    /** The kind named in an address ({@code act}, {@code ACT}), if it is one. */
    public static Optional<SearchKind> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    /** How the kind is written in addresses and JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
