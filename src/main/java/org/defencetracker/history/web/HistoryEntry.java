package org.defencetracker.history.web;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.defencetracker.history.RecordChange;
import org.springframework.context.MessageSource;

/**
 * One change as the page lists it: who, when, what kind, which part of the record (null for the record itself), and
 * its fields labelled for readers.
 *
 * @param kind what the change did ("CHANGED"; labelled by history.kind.*)
 * @param part the table of the owned part that changed ("act_stage"; labelled by history.table.*), null for the
 *     record itself
 */
public record HistoryEntry(String author, String when, String isoWhen, String kind, String part, List<Field> fields) {

    /**
     * A changed column: its label, and its values before and after as the pages show them (null where there was
     * none), with the values as stored where they differ from those (else null).
     */
    public record Field(String label, ShownText before, ShownText after, String storedBefore, String storedAfter) {}

    static HistoryEntry of(
            RecordChange change,
            String recordTable,
            DateTimeFormatter format,
            HistoryValues.Shown values,
            MessageSource messages,
            Locale locale) {
        return new HistoryEntry(
                change.author(),
                format.format(change.time()),
                // Whole seconds: a valid date and time for HTML, which takes at most three digits of a fraction.
                change.time().truncatedTo(ChronoUnit.SECONDS).toString(),
                change.kind().name(),
                change.table().equals(recordTable) ? null : change.table(),
                change.fields().stream()
                        .map(f -> {
                            ShownText before = values.of(change, f.field(), f.before());
                            ShownText after = values.of(change, f.field(), f.after());
                            return new Field(
                                    messages.getMessage("history.field." + f.field(), null, f.field(), locale),
                                    before,
                                    after,
                                    stored(before, f.before()),
                                    stored(after, f.after()));
                        })
                        .toList());
    }

    /** The stored value where the page shows another text for it, else null. */
    private static String stored(ShownText shown, String stored) {
        return shown == null || Objects.equals(shown.text(), stored) ? null : stored;
    }
}
