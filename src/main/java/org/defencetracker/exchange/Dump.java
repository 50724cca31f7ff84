package org.defencetracker.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.RelationType;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.MandateChange;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentTranslations;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;

/**
 * The full dump, as written and read: every record with the ids it has in the tracker that wrote it. References
 * between records ({@code parent}, {@code issuingBody}, {@code sources}, ...) are those ids; an import gives the
 * records new ids of its own and follows the references. The sections come in the order an import needs them.
 */
public record Dump(
        String format,
        int version,
        Instant exportedAt,
        List<SourceRecord> sources,
        List<BodyRecord> bodies,
        List<ActRecord> acts,
        List<MandateRecord> mandates,
        List<IncidentRecord> incidents,
        List<StatementRecord> statements) {

    public static final String FORMAT = "defence-tracker-dump";
    public static final int VERSION = 1;

    public Dump {
        sources = sources == null ? List.of() : sources;
        bodies = bodies == null ? List.of() : bodies;
        acts = acts == null ? List.of() : acts;
        mandates = mandates == null ? List.of() : mandates;
        incidents = incidents == null ? List.of() : incidents;
        statements = statements == null ? List.of() : statements;
    }

    /** A date as precisely as it is known: the first day of its period, the precision, and "around" or not. */
    public record DumpDate(LocalDate start, DatePrecision precision, boolean approximate) {

        static DumpDate of(FuzzyDate date) {
            return date == null ? null : new DumpDate(date.start(), date.precision(), date.approximate());
        }

        FuzzyDate fuzzy() {
            return new FuzzyDate(start, precision, approximate);
        }
    }

    /** A record that an editor can archive: its id in the dump, and whether it was archived. */
    public interface Archivable {
        long id();

        boolean archived();
    }

    public record SourceRecord(
            long id, String publisher, String title, String url, DumpDate published, String note, boolean archived)
            implements Archivable {}

    public record BodyRecord(
            long id,
            BodyKind kind,
            Long parent,
            String country,
            String nameEn,
            String nameRu,
            String nameKk,
            String abbreviation,
            boolean archived)
            implements Archivable {}

    public record StageRecord(StageKind stage, DumpDate date, Long body, String note) {}

    /** This act {@code type} the act {@code to}: read "this AMENDS to". */
    public record RelationRecord(RelationType type, long to) {}

    public record ActRecord(
            long id,
            ActKind kind,
            String officialNumber,
            String registryNumber,
            String eli,
            String titleEn,
            String titleRu,
            String titleKk,
            long issuingBody,
            String summary,
            String summaryRu,
            String summaryKk,
            List<StageRecord> stages,
            List<RelationRecord> relations,
            List<Long> sources,
            boolean archived)
            implements Archivable {

        public ActRecord {
            stages = stages == null ? List.of() : stages;
            relations = relations == null ? List.of() : relations;
            sources = sources == null ? List.of() : sources;
        }
    }

    /**
     * A duty an act granted, or took away: a withdrawal names in {@code withdraws} the grant it closed (whose
     * {@code validTo} is the day before the withdrawal's {@code validFrom}).
     */
    public record MandateRecord(
            long id,
            long body,
            long act,
            MandateChange change,
            String duty,
            LocalDate validFrom,
            LocalDate validTo,
            Long withdraws) {}

    public record IncidentRecord(
            long id,
            IncidentKind kind,
            String title,
            DumpDate date,
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
            IncidentTranslations translations,
            List<Long> sources,
            boolean archived)
            implements Archivable {

        public IncidentRecord {
            sources = sources == null ? List.of() : sources;
        }
    }

    public record StatementRecord(
            long id,
            DumpDate date,
            ActorType actorType,
            String actorName,
            Long actorBody,
            String actorCountry,
            Stance stance,
            String claimedOrigin,
            String text,
            boolean quote,
            Long incident,
            Long act,
            List<Long> sources,
            boolean archived)
            implements Archivable {

        public StatementRecord {
            sources = sources == null ? List.of() : sources;
        }
    }
}
