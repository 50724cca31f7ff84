package org.defencetracker.incident.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.defencetracker.incident.AttributionStatus;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.web.api.ApiDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;

/**
 * An incident as the API writes it. {@code statements}, its claim ledger, comes with a single incident and is
 * null in lists. The attribution names who said it: who alleged the origin, who confirmed or denied it, and whether
 * the named state denied it.
 */
record IncidentJson(
        long id,
        IncidentKind kind,
        String title,
        ApiDate date,
        String country,
        String region,
        String place,
        BigDecimal latitude,
        BigDecimal longitude,
        GeoPrecision geoPrecision,
        Integer objectsCount,
        String objectsNote,
        IncidentResponse response,
        String description,
        String titleRu,
        String titleKk,
        String descriptionRu,
        String descriptionKk,
        AttributionStatus attribution,
        String origin,
        List<String> attributionAllegedBy,
        String attributionDecidedBy,
        boolean attributionDeniedByOrigin,
        List<Source> sources,
        List<Statement> statements,
        long version,
        boolean archived) {

    /** A cited source, in short; the whole of it is at /api/v1/sources/{id}. */
    @Schema(name = "IncidentSource")
    record Source(long id, String publisher, String title, String url) {

        static Source of(SourceView source) {
            return new Source(source.id(), source.publisher(), source.title(), source.url());
        }
    }

    /** A statement of the ledger, in short; the whole of it is at /api/v1/statements/{id}. */
    @Schema(name = "IncidentStatement")
    record Statement(
            long id,
            ApiDate date,
            ActorType actorType,
            String actorName,
            Long actorBodyId,
            Stance stance,
            String claimedOrigin,
            String text) {

        static Statement of(StatementView statement) {
            return new Statement(
                    statement.id(),
                    ApiDate.of(statement.date()),
                    statement.actorType(),
                    statement.actorName(),
                    statement.actorBodyId(),
                    statement.stance(),
                    statement.claimedOrigin(),
                    statement.text());
        }
    }

    static IncidentJson of(IncidentView incident) {
        return of(incident, null);
    }

    static IncidentJson of(IncidentView incident, List<StatementView> ledger) {
        return new IncidentJson(
                incident.id(),
                incident.kind(),
                incident.title(),
                ApiDate.of(incident.date()),
                incident.country(),
                incident.region() == null ? null : incident.region().code(),
                incident.place(),
                incident.latitude(),
                incident.longitude(),
                incident.geoPrecision(),
                incident.objectsCount(),
                incident.objectsNote(),
                incident.response(),
                incident.description(),
                incident.translations().titleRu(),
                incident.translations().titleKk(),
                incident.translations().descriptionRu(),
                incident.translations().descriptionKk(),
                incident.attribution().status(),
                incident.attribution().origin(),
                incident.attribution().allegedBy().stream()
                        .map(LocalizedName::en)
                        .toList(),
                incident.attribution().decidedBy() == null
                        ? null
                        : incident.attribution().decidedBy().en(),
                incident.attribution().deniedByOrigin(),
                incident.sources().stream().map(Source::of).toList(),
                ledger == null ? null : ledger.stream().map(Statement::of).toList(),
                incident.version(),
                incident.archived());
    }
}
