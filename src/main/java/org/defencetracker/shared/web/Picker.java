package org.defencetracker.shared.web;

import java.util.List;
import java.util.Map;
import org.defencetracker.shared.RecordRef;

/**
 * A searchable choice among records that works without JavaScript: a text input bound to a {@code datalist} whose
 * options read "Ministry of Defence · #4". The browser filters the options as the editor types; {@link RecordPickers}
 * reads the choice back.
 */
public final class Picker {

    private Picker() {}

    /** How a record is offered: its name and its number. */
    public static String label(String name, long id) {
        return name + " · #" + id;
    }

    /** The record numbered {@code id} as a picker shows it. */
    public static RecordRef ref(String name, long id) {
        return new RecordRef(id, label(name, id));
    }

    /** The option labels of a map of records (id → name), for the datalist. */
    public static List<String> labels(Map<Long, String> options) {
        return options.entrySet().stream()
                .map(e -> label(e.getValue(), e.getKey()))
                .toList();
    }
}
