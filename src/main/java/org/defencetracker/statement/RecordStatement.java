package org.defencetracker.statement;

import java.util.List;
import java.util.Objects;
import org.defencetracker.shared.FuzzyDate;

/**
 * Records what an actor said, when, about an incident or an act. The actor is a body of the tracker
 * ({@code actorBodyId}) or named in {@code actorName}; {@code claimedOrigin} is the state the statement
 * attributes an incident to, where it does. Every statement cites at least one source.
 */
public record RecordStatement(
        FuzzyDate date,
        ActorType actorType,
        String actorName,
        Long actorBodyId,
        String actorCountry,
        Stance stance,
        String claimedOrigin,
        String text,
        boolean quote,
        Long incidentId,
        Long actId,
        List<Long> sourceIds) {

    public RecordStatement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(actorType, "actorType");
        Objects.requireNonNull(stance, "stance");
        if (actorBodyId == null && (actorName == null || actorName.isBlank())) {
            throw new IllegalArgumentException("a statement needs its actor");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a statement needs what was said");
        }
        if (incidentId == null && actId == null) {
            throw new IllegalArgumentException("a statement is about an incident or an act");
        }
        if (incidentId != null && actId != null) {
            throw new IllegalArgumentException("a statement is about an incident or an act, not both");
        }
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("a statement cites at least one source");
        }
    }
}
