package org.defencetracker.shared.web;

import java.util.Map;
import org.defencetracker.shared.RecordRef;

/**
 * A record's edit form. Its values, field by field as typed, let a conflict page set an editor's input beside
 * what another editor saved meanwhile.
 */
public interface EditForm {

    /** The version the editor started from; null for a new record. */
    Long getVersion();

    /** Set to the current version on a conflict page, so that saving again applies the input on top of it. */
    void setVersion(Long version);

    /** Field name → value as it reads in the form, in the form's order. */
    Map<String, String> values();

    /** A related record as it reads among the {@link #values()}: its label, or null when none is picked. */
    static String label(RecordRef ref) {
        return ref == null ? null : ref.label();
    }
}
