package org.defencetracker.timeline;

import java.util.List;
import java.util.Objects;
import org.defencetracker.shared.LocalizedName;

/**
 * The title of a timeline entry: the record's own words ({@link #text}, an incident's title as the editor typed
 * it), or a message of the bundle with its arguments ({@link #message}, "{0} signed: {1}"), composed in the reader's
 * language when a page is drawn. An argument is a text or a number as it is, or a {@link Term} of the bundle
 * ("act.kind.DECREE") that is itself put in the reader's language, or a record's {@link LocalizedName} shown in the
 * reader's language where it is known.
 */
public record EntryTitle(String key, List<Object> args, String text) {

    public EntryTitle {
        args = args == null ? List.of() : List.copyOf(args);
        if ((key == null) == (text == null)) {
            throw new IllegalArgumentException("a title is either a message key or a text");
        }
        for (Object arg : args) {
            if (!(arg instanceof String
                    || arg instanceof Integer
                    || arg instanceof Long
                    || arg instanceof Term
                    || arg instanceof LocalizedName)) {
                throw new IllegalArgumentException("unstorable title argument: " + arg);
            }
        }
    }

    /** The record's own words, the same in every language. */
    public static EntryTitle text(String text) {
        return new EntryTitle(null, List.of(), Objects.requireNonNull(text, "text"));
    }

    /**
     * The record's own words in three languages: as written where they exist in English only, else a message that
     * shows the reader's language.
     */
    public static EntryTitle text(LocalizedName text) {
        return text.ru() == null && text.kk() == null ? text(text.en()) : message("entry.ownWords", text);
    }

    /** A message of the bundle: {@code args} are texts, whole numbers, {@link Term}s or {@link LocalizedName}s. */
    public static EntryTitle message(String key, Object... args) {
        return new EntryTitle(Objects.requireNonNull(key, "key"), List.of(args), null);
    }

    public static Term term(String key) {
        return new Term(key);
    }

    /** A word of the bundle used inside a title ("Decree" in "Decree signed: …"). */
    public record Term(String key) {

        public Term {
            Objects.requireNonNull(key, "key");
        }
    }
}
