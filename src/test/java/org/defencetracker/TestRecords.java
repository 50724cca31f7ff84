package org.defencetracker;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.IssueAct;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentTranslations;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;

/**
 * Makes test records through the same public services editors use. Every name and title carries a word of its
 * own, so a test finds exactly its records in a database that other tests (and earlier runs) also write to.
 *
 * <p>Tests date their records before 2025, the year of the demo case: on a shared database the newest-first
 * timeline then still opens on the demo case, and a filter on 2025 still finds only the demo case, which the
 * page tests rely on.
 */
public class TestRecords {

    private final BodyService bodies;
    private final SourceService sources;
    private final ActService acts;
    private final IncidentService incidents;
    private final StatementService statements;

    TestRecords(
            BodyService bodies,
            SourceService sources,
            ActService acts,
            IncidentService incidents,
            StatementService statements) {
        this.bodies = bodies;
        this.sources = sources;
        this.acts = acts;
        this.incidents = incidents;
        this.statements = statements;
    }

    /** A word no other record contains, to put into titles and to filter the timeline by. */
    public static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /**
     * A day in a random year of the 19th or 20th century. Date-window queries ("incidents around this act") have
     * a limit; placing a test's records far from the demo case and from other tests' records keeps those windows
     * to what the test made, however much data has piled up in a shared database.
     */
    public static LocalDate quietDay() {
        LocalDate first = LocalDate.of(1800, 1, 1);
        long span = ChronoUnit.DAYS.between(first, LocalDate.of(1999, 6, 30));
        return first.plusDays(ThreadLocalRandom.current().nextLong(span));
    }

    public BodyView body() {
        return body("Test ministry");
    }

    public BodyView body(String name) {
        return bodies.create(
                new CreateBody(BodyKind.MINISTRY, null, "KZ", name + " " + uniqueWord(), null, null, null));
    }

    public SourceView source() {
        String word = uniqueWord();
        return sources.create(new CreateSource(
                "Test publisher " + word,
                "Test article " + word,
                "https://example.org/articles/" + word,
                FuzzyDate.day(2015, 9, 16),
                null));
    }

    /** An act issued by the body; add stages (at least one) and duties, then {@link ActBuilder#issue()}. */
    public ActBuilder act(long issuingBodyId) {
        return new ActBuilder(issuingBodyId);
    }

    /** A drone incursion on the date, citing a new source; the title carries {@code word}. */
    public IncidentView incident(FuzzyDate date, String word) {
        return incident(date, word, null, source());
    }

    public IncidentView incident(FuzzyDate date, String word, String regionCode, SourceView source) {
        return incidents.record(new RecordIncident(
                IncidentKind.DRONE_INCURSION,
                "Test drone incursion " + word,
                date,
                "KZ",
                regionCode,
                null,
                null,
                null,
                regionCode == null ? GeoPrecision.COUNTRY : GeoPrecision.REGION,
                1,
                null,
                IncidentResponse.UNKNOWN,
                "Test incident " + word,
                List.of(source.id()),
                IncidentTranslations.NONE));
    }

    /**
     * A statement about an incident, by a named actor (not a body of the tracker), citing a new source. Officials
     * speak for Kazakhstan, where the incidents of the tests happen; others for no country in particular.
     */
    public StatementView statement(
            long incidentId, ActorType actorType, Stance stance, String claimedOrigin, FuzzyDate date, String word) {
        String country = actorType == ActorType.OFFICIAL ? "KZ" : null;
        return statement(incidentId, actorType, country, stance, claimedOrigin, date, word);
    }

    /** A statement about an incident by an actor speaking for {@code actorCountry}, citing a new source. */
    public StatementView statement(
            long incidentId,
            ActorType actorType,
            String actorCountry,
            Stance stance,
            String claimedOrigin,
            FuzzyDate date,
            String word) {
        return statements.record(new RecordStatement(
                date,
                actorType,
                "Test actor " + word,
                null,
                actorCountry,
                stance,
                claimedOrigin,
                "Test statement " + word,
                false,
                incidentId,
                null,
                List.of(source().id())));
    }

    /** Collects an act before issuing it; defaults: a decree with a unique title, citing one new source. */
    public final class ActBuilder {

        private final long issuingBodyId;
        private ActKind kind = ActKind.DECREE;
        private String officialNumber;
        private String title = "Test decree " + uniqueWord();
        private String titleRu;
        private String titleKk;
        private String summary;
        private final List<IssueAct.Stage> stages = new ArrayList<>();
        private final List<IssueAct.Duties> duties = new ArrayList<>();
        private final List<Long> sourceIds = new ArrayList<>();

        private ActBuilder(long issuingBodyId) {
            this.issuingBodyId = issuingBodyId;
        }

        public ActBuilder kind(ActKind kind) {
            this.kind = kind;
            return this;
        }

        public ActBuilder number(String officialNumber) {
            this.officialNumber = officialNumber;
            return this;
        }

        public ActBuilder titled(String title) {
            this.title = title;
            return this;
        }

        /** The act's Russian and Kazakh titles (either may be null). */
        public ActBuilder titledAlso(String titleRu, String titleKk) {
            this.titleRu = titleRu;
            this.titleKk = titleKk;
            return this;
        }

        public ActBuilder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public ActBuilder stage(StageKind stage, FuzzyDate date) {
            return stage(stage, date, null);
        }

        public ActBuilder stage(StageKind stage, FuzzyDate date, Long bodyId) {
            stages.add(new IssueAct.Stage(stage, date, bodyId, null));
            return this;
        }

        public ActBuilder grants(long bodyId, LocalDate validFrom, LocalDate validTo, String... duties) {
            this.duties.add(new IssueAct.Duties(bodyId, List.of(duties), validFrom, validTo));
            return this;
        }

        public ActBuilder citing(SourceView... cited) {
            for (SourceView source : cited) {
                sourceIds.add(source.id());
            }
            return this;
        }

        public IssueAct command() {
            List<Long> cited = sourceIds.isEmpty() ? List.of(source().id()) : sourceIds;
            return new IssueAct(
                    kind,
                    officialNumber,
                    null,
                    null,
                    title,
                    titleRu,
                    titleKk,
                    issuingBodyId,
                    summary,
                    null,
                    null,
                    stages,
                    duties,
                    cited);
        }

        public ActView issue() {
            return acts.issue(command());
        }
    }
}
