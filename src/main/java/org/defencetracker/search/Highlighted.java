package org.defencetracker.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Text in which the words a query matched are marked, as plain parts: a page writes each part escaped and puts the
 * marked ones in a {@code <mark>}, so that no stored text is ever written as markup.
 */
public record Highlighted(List<Part> parts) {

    /** Where the database's headline starts and stops a match; stripped from stored text before it is marked. */
    static final char START = '\u0002';

    static final char STOP = '\u0003';

    /** Stand in for {@code <} and {@code >} while the headline is made, so that its parser reads no tags. */
    static final char LESS = '\u0004';

    static final char GREATER = '\u0005';

    public Highlighted {
        parts = List.copyOf(parts);
    }

    /** One run of text, matched or not. */
    public record Part(String text, boolean marked) {}

    /** Reads a headline made with {@link #START} and {@link #STOP} around each match. */
    static Highlighted parse(String headline) {
        List<Part> parts = new ArrayList<>();
        if (headline == null) {
            return new Highlighted(parts);
        }
        String text = headline.replace(LESS, '<').replace(GREATER, '>');
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == START || c == STOP) {
                add(parts, run, marked);
                marked = c == START;
            } else {
                run.append(c);
            }
        }
        add(parts, run, marked);
        return new Highlighted(parts);
    }

    private static void add(List<Part> parts, StringBuilder run, boolean marked) {
        if (!run.isEmpty()) {
            parts.add(new Part(run.toString(), marked));
            run.setLength(0);
        }
    }

    /** The text without marks. */
    public String text() {
        StringBuilder all = new StringBuilder();
        parts.forEach(p -> all.append(p.text()));
        return all.toString();
    }

    /** Whether any word is marked. */
    public boolean anyMarked() {
        return parts.stream().anyMatch(Part::marked);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
