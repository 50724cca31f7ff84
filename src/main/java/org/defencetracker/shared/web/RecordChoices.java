package org.defencetracker.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The records of one kind that a picker offers by name; each module that has pickers names its own. */
public interface RecordChoices {

    /** Government bodies. */
    String BODIES = "bodies";

    /** Sources in the lists. */
    String SOURCES = "sources";

    /** Incidents a statement can be about. */
    String INCIDENTS = "incidents";

    /** Acts a statement can be about. */
    String ACTS = "acts";

    /** Duties granted by acts, which a later act can withdraw. */
    String GRANTS = "grants";

    /** The kind, as {@link PickedFrom} names it. */
    String kind();

    /**
     * The records offered before anything is typed, id → name, in the order the picker lists them: a bounded number
     * where the kind grows without bound (the newest), so that a form's page stays small.
     */
    Map<Long, String> choices();

    /**
     * The records whose name holds {@code text} (any case), at most {@code limit}, as the picker offers them while
     * the editor types; among {@link #choices()} unless the kind looks further.
     */
    default Map<Long, String> matching(String text, int limit) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Map<Long, String> found = new LinkedHashMap<>();
        choices().entrySet().stream()
                .filter(e -> e.getValue() != null
                        && e.getValue().toLowerCase(Locale.ROOT).contains(wanted))
                .limit(limit)
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /**
     * The records named exactly {@code text} (any case, around spaces ignored), by which a picker's typed name is
     * read; among {@link #choices()} unless the kind looks further.
     */
    default Map<Long, String> named(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        Map<Long, String> found = new LinkedHashMap<>();
        choices().forEach((id, name) -> {
            if (name != null && name.strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                found.put(id, name);
            }
        });
        return found;
    }
}
