package org.defencetracker.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.timeline.Citation;

/**
 * An act gives a body one or more duties from a date (until a date, or open-ended). {@code actLabel} and
 * {@code sources} describe the act on the timeline entry of the change.
 */
public record GrantDuties(
        long bodyId,
        long actId,
        LocalizedName actLabel,
        List<String> duties,
        LocalDate validFrom,
        LocalDate validTo,
        List<Citation> sources) {

    public GrantDuties {
        Objects.requireNonNull(actLabel, "actLabel");
        Objects.requireNonNull(validFrom, "validFrom");
        duties = List.copyOf(duties);
        if (duties.isEmpty()) {
            throw new IllegalArgumentException("at least one duty");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A grant by an act whose label is known in English only. */
    public GrantDuties(
            long bodyId,
            long actId,
            String actLabel,
            List<String> duties,
            LocalDate validFrom,
            LocalDate validTo,
            List<Citation> sources) {
        this(bodyId, actId, new LocalizedName(actLabel, null, null), duties, validFrom, validTo, sources);
    }
}
