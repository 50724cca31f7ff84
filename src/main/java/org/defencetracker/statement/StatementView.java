package org.defencetracker.statement;

import java.util.List;
import org.defencetracker.shared.FuzzyDate;

/**
 * A statement as the claim ledger and pages show it. {@code actorBodyCountry} is the country of the actor's body, when
 * the actor is one.
 */
public record StatementView(
        long id,
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
        List<SourceView> sources,
        long version,
        boolean archived,
        String actorBodyCountry) {

    /**
     * The country the actor speaks for: the one recorded with the statement, else the country of the actor's body.
     */
    public String speaksFor() {
        return actorCountry != null ? actorCountry : actorBodyCountry;
    }

    /** Said by state officials (a body of the tracker, or officials of a country). */
    public boolean isOfficial() {
        return actorType == ActorType.OFFICIAL;
    }
}
