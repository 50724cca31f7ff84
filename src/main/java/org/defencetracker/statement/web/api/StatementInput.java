package org.defencetracker.statement.web.api;

import java.util.List;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.api.ApiInput;
import org.defencetracker.shared.web.api.ApiWrites;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementDraft;

/**
 * A statement as the API reads it, checked by the same rules as the page's form: {@code date} as "2025-09-14",
 * "2025-09" or "2025" with its {@code precision}; the actor is a body by its id or a name; the subject is exactly
 * one of {@code incidentId} and {@code actId}; {@code sources} are the ids of the cited sources (at least one);
 * {@code version} is the one read, required for an update.
 */
record StatementInput(
        String date,
        DatePrecision precision,
        Boolean approximate,
        ActorType actorType,
        String actorName,
        Long actorBodyId,
        String actorCountry,
        Stance stance,
        String claimedOrigin,
        String text,
        Boolean quote,
        Long incidentId,
        Long actId,
        List<Long> sources,
        Long version)
        implements StatementDraft, ApiWrites.Versioned {

    @Override
    public String getDate() {
        return date;
    }

    @Override
    public DatePrecision getPrecision() {
        return precision == null ? DatePrecision.DAY : precision;
    }

    @Override
    public boolean isApproximate() {
        return Boolean.TRUE.equals(approximate);
    }

    @Override
    public ActorType getActorType() {
        return actorType;
    }

    @Override
    public String getActorName() {
        return actorName;
    }

    @Override
    public String getActorCountry() {
        return actorCountry;
    }

    @Override
    public Stance getStance() {
        return stance;
    }

    @Override
    public String getClaimedOrigin() {
        return claimedOrigin;
    }

    @Override
    public String getText() {
        return text;
    }

    @Override
    public boolean isQuote() {
        return Boolean.TRUE.equals(quote);
    }

    @Override
    public RecordRef actorBody() {
        return RecordRef.of(actorBodyId);
    }

    @Override
    public RecordRef incident() {
        return RecordRef.of(incidentId);
    }

    @Override
    public RecordRef act() {
        return RecordRef.of(actId);
    }

    @Override
    public List<RecordRef> citedSources() {
        return ApiInput.refs(sources);
    }

    /** The API names a related record by its id: {@code "incidentId"}, say. */
    @Override
    public String field(String picked) {
        return picked + "Id";
    }
}
