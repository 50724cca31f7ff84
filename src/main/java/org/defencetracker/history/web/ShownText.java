package org.defencetracker.history.web;

import org.defencetracker.shared.Translated;

/**
 * A value or name as the history page shows it, with what a reader's browser needs to know of its language.
 *
 * @param lang the language it is written in where the page declares it ("ru" for a Russian name), else null: the
 *     page's own language, or text that is the same in every language (a date, a number)
 * @param fallback English shown because nobody has written it in the reader's language: the page marks it
 * @param verbatim the record's own words in whatever language they were written (a source's title, a quotation):
 *     no language is declared and nothing translates them
 */
public record ShownText(String text, String lang, boolean fallback, boolean verbatim) {

    /** In the reader's language, or the same in every language. */
    static ShownText plain(String text) {
        return new ShownText(text, null, false, false);
    }

    /** Written in {@code language}, whichever page shows it. */
    static ShownText in(String language, String text) {
        return new ShownText(text, language, false, false);
    }

    /** A text of the record as the reader sees it: English declared and marked where it stands in for another. */
    static ShownText of(Translated shown) {
        return shown.fallback() ? new ShownText(shown.text(), "en", true, false) : plain(shown.text());
    }

    static ShownText verbatim(String text) {
        return new ShownText(text, null, false, true);
    }
}
