package org.defencetracker.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.timeline.Citation;

/** An act takes a granted duty away from the day {@code effectiveOn}. */
public record WithdrawDuty(
        long mandateId, long actId, LocalizedName actLabel, LocalDate effectiveOn, List<Citation> sources) {

    public WithdrawDuty {
        Objects.requireNonNull(actLabel, "actLabel");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A withdrawal by an act whose label is known in English only. */
    public WithdrawDuty(long mandateId, long actId, String actLabel, LocalDate effectiveOn, List<Citation> sources) {
        this(mandateId, actId, new LocalizedName(actLabel, null, null), effectiveOn, sources);
    }
}
