package org.defencetracker.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a conflict page shows: each field where the record as saved now differs from the editor's input. The
 * form beneath it keeps the input and carries the current version, so saving again applies it on top.
 */
public record EditConflict(List<Difference> differences, List<Change> changes) {

    /** One field: its form name, the value saved meanwhile, the editor's value. */
    public record Difference(String field, String saved, String yours) {}

    /** A save made meanwhile: who, when, and which stored columns it changed. */
    public record Change(String author, java.time.ZonedDateTime time, List<String> columns) {}

    /** The saves made since the editor's version, newest first, as the change history tells them. */
    public EditConflict with(List<Change> saves) {
        return new EditConflict(differences, List.copyOf(saves));
    }

    public static EditConflict between(EditForm saved, EditForm yours) {
        Map<String, String> now = saved.values();
        Map<String, String> mine = yours.values();
        List<Difference> differences = new ArrayList<>();
        now.forEach((field, value) -> {
            String typed = mine.get(field);
            if (!Objects.equals(blankToNull(value), blankToNull(typed))) {
                differences.add(new Difference(field, value, typed));
            }
        });
        return new EditConflict(List.copyOf(differences), List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
