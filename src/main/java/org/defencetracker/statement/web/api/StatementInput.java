package org.defencetracker.statement.web.api;

import java.util.List;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.web.StatementForm;

/**
 * A statement as the API reads it, with the fields of the page's form: {@code date} as "2025-09-14", "2025-09" or
 * "2025" with its {@code precision}; the actor is a body by its id or a name; the subject is exactly one of
 * {@code incidentId} and {@code actId}; {@code sources} are the ids of the cited sources (at least one);
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
        Long version) {

    StatementForm form() {
        StatementForm form = new StatementForm();
        form.setDate(date);
        form.setPrecision(precision == null ? DatePrecision.DAY : precision);
        form.setApproximate(Boolean.TRUE.equals(approximate));
        form.setActorType(actorType);
        form.setActorName(actorName);
        // The pickers of the page read "#12" as the record numbered 12.
        form.setActorBody(number(actorBodyId));
        form.setActorCountry(actorCountry);
        form.setStance(stance);
        form.setClaimedOrigin(claimedOrigin);
        form.setText(text);
        form.setQuote(Boolean.TRUE.equals(quote));
        form.setIncident(number(incidentId));
        form.setAct(number(actId));
        form.setSources(
                sources == null
                        ? new String[0]
                        : sources.stream().map(id -> id == null ? "" : "#" + id).toArray(String[]::new));
        form.setVersion(version);
        return form;
    }

    private static String number(Long id) {
        return id == null ? null : "#" + id;
    }
}
