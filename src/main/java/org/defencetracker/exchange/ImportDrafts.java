package org.defencetracker.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import org.defencetracker.act.ActDraft;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyDraft;
import org.defencetracker.body.BodyKind;
import org.defencetracker.exchange.Dump.ActRecord;
import org.defencetracker.exchange.Dump.BodyRecord;
import org.defencetracker.exchange.Dump.DumpDate;
import org.defencetracker.exchange.Dump.IncidentRecord;
import org.defencetracker.exchange.Dump.MandateRecord;
import org.defencetracker.exchange.Dump.SourceRecord;
import org.defencetracker.exchange.Dump.StageRecord;
import org.defencetracker.exchange.Dump.StatementRecord;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentDraft;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentTranslations;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.SourceDraft;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementDraft;

/**
 * The records of an import as the forms' drafts, so that an import checks them with the forms' own rules and
 * messages. Dates are given back as an editor would type them.
 *
 * <p>Each draft is a record whose components bear the getter names of the draft it implements: the record's
 * accessors are the draft's getters, and a draft is its values, built in one constructor call from a dump's record
 * or a row of a file.
 */
final class ImportDrafts {

    private ImportDrafts() {}

    public record Source(
            String getPublisher,
            String getTitle,
            String getUrl,
            String getDate,
            DatePrecision getPrecision,
            String getNote)
            implements SourceDraft {

        Source(SourceRecord r) {
            this(r.publisher(), r.title(), r.url(), text(r.published()), precision(r.published()), r.note());
        }

        /** The source columns of a CSV row: the date is as precise as it is written, and there is no note. */
        static Source ofRow(String publisher, String title, String url, String date) {
            return new Source(publisher, title, url, date, null, null);
        }
    }

    public record Body(
            BodyKind getKind,
            String getCountry,
            String getNameEn,
            String getNameRu,
            String getNameKk,
            String getAbbreviation)
            implements BodyDraft {

        Body(BodyRecord r) {
            this(r.kind(), r.country(), r.nameEn(), r.nameRu(), r.nameKk(), r.abbreviation());
        }
    }

    public record Act(
            ActKind getKind,
            String getOfficialNumber,
            String getRegistryNumber,
            String getEli,
            String getTitleEn,
            String getTitleRu,
            String getTitleKk,
            String getSummary,
            String getSummaryRu,
            String getSummaryKk)
            implements ActDraft {

        Act(ActRecord r) {
            this(
                    r.kind(),
                    r.officialNumber(),
                    r.registryNumber(),
                    r.eli(),
                    r.titleEn(),
                    r.titleRu(),
                    r.titleKk(),
                    r.summary(),
                    r.summaryRu(),
                    r.summaryKk());
        }
    }

    public record Stage(
            StageKind getStage, String getDate, DatePrecision getPrecision, boolean isApproximate, String getNote)
            implements ActDraft.StageDraft {

        Stage(StageRecord r) {
            this(r.stage(), text(r.date()), precision(r.date()), approximate(r.date()), r.note());
        }
    }

    public record Duty(String getDuty, String getValidFrom, String getValidTo) implements ActDraft.DutyDraft {

        Duty(MandateRecord r) {
            this(r.duty(), text(r.validFrom()), text(r.validTo()));
        }
    }

    public record Incident(
            IncidentKind getKind,
            String getTitle,
            String getDate,
            DatePrecision getPrecision,
            boolean isApproximate,
            String getCountry,
            String getRegion,
            String getPlace,
            String getLatitude,
            String getLongitude,
            GeoPrecision getGeoPrecision,
            Integer getObjectsCount,
            String getObjectsNote,
            IncidentResponse getResponse,
            String getDescription,
            String getTitleRu,
            String getTitleKk,
            String getDescriptionRu,
            String getDescriptionKk)
            implements IncidentDraft {

        Incident(IncidentRecord r) {
            this(
                    r.kind(),
                    r.title(),
                    text(r.date()),
                    precision(r.date()),
                    approximate(r.date()),
                    r.country(),
                    r.region(),
                    r.place(),
                    text(r.latitude()),
                    text(r.longitude()),
                    r.geoPrecision(),
                    r.objectsCount(),
                    r.objectsNote(),
                    r.response(),
                    r.description(),
                    translation(r, IncidentTranslations::titleRu),
                    translation(r, IncidentTranslations::titleKk),
                    translation(r, IncidentTranslations::descriptionRu),
                    translation(r, IncidentTranslations::descriptionKk));
        }

        private static String translation(IncidentRecord r, Function<IncidentTranslations, String> text) {
            return r.translations() == null ? null : text.apply(r.translations());
        }
    }

    public record Statement(
            String getDate,
            DatePrecision getPrecision,
            boolean isApproximate,
            ActorType getActorType,
            String getActorName,
            String getActorCountry,
            Stance getStance,
            String getClaimedOrigin,
            String getText,
            boolean isQuote)
            implements StatementDraft {

        Statement(StatementRecord r) {
            this(
                    text(r.date()),
                    precision(r.date()),
                    approximate(r.date()),
                    r.actorType(),
                    r.actorName(),
                    r.actorCountry(),
                    r.stance(),
                    r.claimedOrigin(),
                    r.text(),
                    r.quote());
        }
    }

    static String text(DumpDate date) {
        return date == null || date.start() == null || date.precision() == null ? null : DateInput.text(date.fuzzy());
    }

    static DatePrecision precision(DumpDate date) {
        return date == null ? null : date.precision();
    }

    private static boolean approximate(DumpDate date) {
        return date != null && date.approximate();
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String text(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
