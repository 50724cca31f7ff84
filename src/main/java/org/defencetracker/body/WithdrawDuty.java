package org.defencetracker.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.defencetracker.timeline.Citation;

/** An act takes a granted duty away from the day {@code effectiveOn}. */
public record WithdrawDuty(long mandateId, long actId, String actLabel, LocalDate effectiveOn, List<Citation> sources) {

    public WithdrawDuty {
        Objects.requireNonNull(actLabel, "actLabel");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
