package org.defencetracker.shared;

/**
 * A text of the record as a reader sees it: in the reader's language, or, where nobody has written it in that
 * language yet, in English ({@code fallback}), which pages mark as such.
 */
public record Translated(String text, boolean fallback) {

    /** A text that exists in English only, as the reader of {@code language} sees it. */
    public static Translated english(String text, String language) {
        return new Translated(text, text != null && !"en".equals(language));
    }
}
