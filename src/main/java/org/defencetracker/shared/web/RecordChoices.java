package org.defencetracker.shared.web;

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

    /** The records offered, id → name, in the order the picker lists them. */
    Map<Long, String> choices();
}
