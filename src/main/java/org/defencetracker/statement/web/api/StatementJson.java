package org.defencetracker.statement.web.api;

import java.util.List;
import org.defencetracker.shared.web.api.ApiDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;

/** A statement as the API writes it, with the sources it cites. */
record StatementJson(
        long id,
        ApiDate date,
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
        List<SourceJson> sources,
        long version,
        boolean archived) {

    static StatementJson of(StatementView statement) {
        return new StatementJson(
                statement.id(),
                ApiDate.of(statement.date()),
                statement.actorType(),
                statement.actorName(),
                statement.actorBodyId(),
                statement.actorCountry(),
                statement.stance(),
                statement.claimedOrigin(),
                statement.text(),
                statement.quote(),
                statement.incidentId(),
                statement.actId(),
                statement.sources().stream().map(SourceJson::of).toList(),
                statement.version(),
                statement.archived());
    }
}
