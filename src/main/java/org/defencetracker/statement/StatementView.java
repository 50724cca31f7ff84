package org.defencetracker.statement;

import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.Translated;

/**
 * A statement as the claim ledger and pages show it. {@code actorBodyCountry} and {@code actorBodyNames} are the
 * country and the names of the actor's body, when the actor is one.
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
        String actorBodyCountry,
        LocalizedName actorBodyNames) {

    /** The actor's name in three languages: its body's names, or the name typed for it (English). */
    public LocalizedName actorNames() {
        return actorBodyNames != null ? actorBodyNames : new LocalizedName(actorName, null, null);
    }

    /** The actor's name as the reader sees it, marked where it is shown in English. */
    public Translated shownActor(Locale locale) {
        return actorNames().in(locale);
    }

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
