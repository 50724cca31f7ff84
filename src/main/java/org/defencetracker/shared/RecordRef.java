package org.defencetracker.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.validation.Errors;

/**
 * A related record an input names, such as a body chosen as a parent: its {@code id}, or none when the text it was
 * named by matches no record, and the {@code label} it reads as ("Ministry of Defence · #4"). The page's pickers
 * bind one from the text typed; the API makes one from the id it is given; the checks refuse an unknown one.
 */
public record RecordRef(Long id, String label) {

    /** The record numbered {@code id}, or null when there is none. */
    public static RecordRef of(Long id) {
        return id == null ? null : new RecordRef(id, "#" + id);
    }

    /** Text that names no record, kept as typed so that the editor can correct it. */
    public static RecordRef unknown(String text) {
        return new RecordRef(null, text);
    }

    /** The ids {@code refs} name, empty ones and unknown ones left out: what a check looks up at once. */
    public static Set<Long> ids(Collection<RecordRef> refs) {
        Set<Long> ids = new LinkedHashSet<>();
        for (RecordRef ref : refs == null ? List.<RecordRef>of() : refs) {
            if (ref != null && ref.known()) {
                ids.add(ref.id());
            }
        }
        return ids;
    }

    /** Whether the text named a record; the checks still ask whether that record may be chosen. */
    public boolean known() {
        return id != null;
    }

    /**
     * The id of the record {@code ref} names, null when it names none; after rejecting {@code field} when the text
     * matched no record or names one that may not be chosen here ({@code allowed} says which may).
     */
    public static Long chosen(RecordRef ref, LongPredicate allowed, String field, Errors errors) {
        if (ref == null) {
            return null;
        }
        if (!ref.known() || !allowed.test(ref.id())) {
            errors.rejectValue(field, "picker.unknown");
            return null;
        }
        return ref.id();
    }

    /**
     * The records {@code refs} name, each once, in the order given; none is named by an empty one. When one names
     * no record that may be chosen, {@code field} is rejected and none is answered.
     */
    public static List<Long> chosen(Collection<RecordRef> refs, LongPredicate allowed, String field, Errors errors) {
        Set<Long> ids = new LinkedHashSet<>();
        for (RecordRef ref : refs == null ? List.<RecordRef>of() : refs) {
            if (ref != null && (!ref.known() || !allowed.test(ref.id()))) {
                errors.rejectValue(field, "picker.unknown");
                return List.of();
            }
            if (ref != null) {
                ids.add(ref.id());
            }
        }
        return new ArrayList<>(ids);
    }

    @Override
    public String toString() {
        return label;
    }
}
