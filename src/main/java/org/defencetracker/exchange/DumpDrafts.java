package org.defencetracker.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.SourceDraft;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementDraft;

/**
 * The records of a dump as the forms' drafts, so that an import checks them with the forms' own rules and messages.
 * Dates are given back as an editor would type them.
 */
final class DumpDrafts {

    private DumpDrafts() {}

    static String text(DumpDate date) {
        return date == null || date.start() == null || date.precision() == null ? null : DateInput.text(date.fuzzy());
    }

    static DatePrecision precision(DumpDate date) {
        return date == null ? null : date.precision();
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String text(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    public record Source(SourceRecord r) implements SourceDraft {
        public String getPublisher() {
            return r.publisher();
        }

        public String getTitle() {
            return r.title();
        }

        public String getUrl() {
            return r.url();
        }

        public String getDate() {
            return text(r.published());
        }

        public DatePrecision getPrecision() {
            return precision(r.published());
        }

        public String getNote() {
            return r.note();
        }
    }

    public record Body(BodyRecord r) implements BodyDraft {
        public BodyKind getKind() {
            return r.kind();
        }

        public String getCountry() {
            return r.country();
        }

        public String getNameEn() {
            return r.nameEn();
        }

        public String getNameRu() {
            return r.nameRu();
        }

        public String getNameKk() {
            return r.nameKk();
        }

        public String getAbbreviation() {
            return r.abbreviation();
        }

        public Long getParent() {
            return r.parent();
        }
    }

    public record Act(ActRecord r) implements ActDraft {
        public ActKind getKind() {
            return r.kind();
        }

        public String getOfficialNumber() {
            return r.officialNumber();
        }

        public String getRegistryNumber() {
            return r.registryNumber();
        }

        public String getEli() {
            return r.eli();
        }

        public String getTitleEn() {
            return r.titleEn();
        }

        public String getTitleRu() {
            return r.titleRu();
        }

        public String getTitleKk() {
            return r.titleKk();
        }

        public String getSummary() {
            return r.summary();
        }
    }

    public record Stage(StageRecord r) implements ActDraft.StageDraft {
        public StageKind getStage() {
            return r.stage();
        }

        public String getDate() {
            return text(r.date());
        }

        public DatePrecision getPrecision() {
            return precision(r.date());
        }

        public boolean isApproximate() {
            return r.date() != null && r.date().approximate();
        }

        public String getNote() {
            return r.note();
        }
    }

    public record Duty(MandateRecord r) implements ActDraft.DutyDraft {
        public String getDuty() {
            return r.duty();
        }

        public String getValidFrom() {
            return text(r.validFrom());
        }

        public String getValidTo() {
            return text(r.validTo());
        }
    }

    public record Incident(IncidentRecord r) implements IncidentDraft {
        public IncidentKind getKind() {
            return r.kind();
        }

        public String getTitle() {
            return r.title();
        }

        public String getDate() {
            return text(r.date());
        }

        public DatePrecision getPrecision() {
            return precision(r.date());
        }

        public boolean isApproximate() {
            return r.date() != null && r.date().approximate();
        }

        public String getCountry() {
            return r.country();
        }

        public String getRegion() {
            return r.region();
        }

        public String getPlace() {
            return r.place();
        }

        public String getLatitude() {
            return text(r.latitude());
        }

        public String getLongitude() {
            return text(r.longitude());
        }

        public GeoPrecision getGeoPrecision() {
            return r.geoPrecision();
        }

        public Integer getObjectsCount() {
            return r.objectsCount();
        }

        public String getObjectsNote() {
            return r.objectsNote();
        }

        public IncidentResponse getResponse() {
            return r.response();
        }

        public String getDescription() {
            return r.description();
        }

        public java.util.List<Long> getSources() {
            return r.sources();
        }
    }

    public record Statement(StatementRecord r) implements StatementDraft {
        public String getDate() {
            return text(r.date());
        }

        public DatePrecision getPrecision() {
            return precision(r.date());
        }

        public boolean isApproximate() {
            return r.date() != null && r.date().approximate();
        }

        public ActorType getActorType() {
            return r.actorType();
        }

        public String getActorName() {
            return r.actorName();
        }

        public String getActorCountry() {
            return r.actorCountry();
        }

        public Stance getStance() {
            return r.stance();
        }

        public String getClaimedOrigin() {
            return r.claimedOrigin();
        }

        public String getText() {
            return r.text();
        }

        public boolean isQuote() {
            return r.quote();
        }

        public Long getIncident() {
            return r.incident();
        }

        public Long getAct() {
            return r.act();
        }

        public java.util.List<Long> getSources() {
            return r.sources();
        }
    }
}
