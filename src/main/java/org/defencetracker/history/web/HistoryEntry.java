package org.defencetracker.history.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

    /** A changed column: its label, and its values before and after (null where there was none). */
    public record Field(String label, String before, String after) {}

    static HistoryEntry of(
            RecordChange change, String recordTable, DateTimeFormatter format, MessageSource messages, Locale locale) {
        return new HistoryEntry(
                change.author(),
                format.format(change.time()),
                change.time().toString(),
                change.kind().name(),
                change.table().equals(recordTable) ? null : change.table(),
                change.fields().stream()
                        .map(f -> new Field(
                                messages.getMessage("history.field." + f.field(), null, f.field(), locale),
                                f.before(),
                                f.after()))
                        .toList());
    }
}
