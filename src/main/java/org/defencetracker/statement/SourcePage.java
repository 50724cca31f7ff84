package org.defencetracker.statement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A page of the sources list (newest publication first, undated last) and the cursor of the next page: the last
 * source's publication day and id, written {@code 2025-09-16~42}, or {@code ~42} for an undated one.
 */
public record SourcePage(List<SourceView> sources, String older) {

    /** How many sources a page shows. */
    public static final int SIZE = 50;

    /** Where a page ends: the last source's publication day (null when undated) and id. */
    public record Cursor(LocalDate on, long id) {

        /** The cursor a page wrote; empty when the text is not one. */
        public static Optional<Cursor> parse(String text) {
            int mark = text.indexOf('~');
            if (mark < 0) {
                return Optional.empty();
            }
            try {
                LocalDate on = mark == 0 ? null : LocalDate.parse(text.substring(0, mark));
                return Optional.of(new Cursor(on, Long.parseLong(text.substring(mark + 1))));
            } catch (DateTimeParseException | NumberFormatException ex) {
                return Optional.empty();
            }
        }

        String text() {
            return (on == null ? "" : on.toString()) + "~" + id;
        }
    }

    /** The page of the sources read, which holds one more than a page when there is a next one. */
    static SourcePage of(List<SourceView> read) {
        if (read.size() <= SIZE) {
            return new SourcePage(read, null);
        }
        List<SourceView> page = read.subList(0, SIZE);
        SourceView last = page.get(SIZE - 1);
        LocalDate on = last.published() == null ? null : last.published().on();
        return new SourcePage(List.copyOf(page), new Cursor(on, last.id()).text());
    }
}
