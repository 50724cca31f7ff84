package org.defencetracker.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelineQueries;
import org.defencetracker.timeline.TimelineStatistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresTest
class IncidentServiceTest {

    @Autowired
    IncidentService incidents;

    @Autowired
    IncidentEntries entries;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DefenceTrackerProperties properties;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    TimelineStatistics statistics;

    @Test
    void followsTheClaimLedgerInAttributionAndOnTheTimeline() {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(2015, 6, 2), word);

        assertThat(incidents.attributionOf(incident.id())).isEqualTo(Attribution.NONE);
        assertThat(entryOf(incident)).containsEntry("attribution", "UNKNOWN").containsEntry("origin", null);

        records.statement(incident.id(), ActorType.MEDIA, Stance.ASSERTS, "RU", FuzzyDate.day(2015, 6, 3), word);
        assertThat(incidents.attributionOf(incident.id()))
                .extracting(Attribution::status, Attribution::origin)
                .containsExactly(AttributionStatus.ALLEGED, "RU");
        assertThat(entryOf(incident)).containsEntry("attribution", "ALLEGED").containsEntry("origin", "RU");

        records.statement(incident.id(), ActorType.OFFICIAL, Stance.DENIES, null, FuzzyDate.day(2015, 6, 4), word);
        assertThat(incidents.attributionOf(incident.id()))
                .extracting(Attribution::status, Attribution::origin)
                .containsExactly(AttributionStatus.DENIED, "RU");
        assertThat(entryOf(incident)).containsEntry("attribution", "DENIED").containsEntry("origin", "RU");

        records.statement(incident.id(), ActorType.OFFICIAL, Stance.CONFIRMS, "BY", FuzzyDate.day(2015, 6, 9), word);
        assertThat(incidents.attributionOf(incident.id()))
                .extracting(Attribution::status, Attribution::origin)
                .containsExactly(AttributionStatus.CONFIRMED, "BY");
        assertThat(entryOf(incident)).containsEntry("attribution", "CONFIRMED").containsEntry("origin", "BY");
        assertThat(incidents.get(incident.id()).attribution())
                .extracting(Attribution::status, Attribution::origin)
                .containsExactly(AttributionStatus.CONFIRMED, "BY");
        assertThat(incidents.ledger(incident.id()))
                .extracting(s -> s.stance())
                .containsExactly(Stance.ASSERTS, Stance.DENIES, Stance.CONFIRMS);
    }

    @Test
    void marksAClaimDeniedByTheNamedStateAsContestedOnTheTimelineAndInItsFilters() {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(2015, 7, 2), word);
        records.statement(incident.id(), ActorType.MEDIA, "KZ", Stance.ASSERTS, "RU", FuzzyDate.day(2015, 7, 3), word);
        records.statement(
                incident.id(), ActorType.OFFICIAL, "RU", Stance.DENIES, null, FuzzyDate.day(2015, 7, 4), word);

        assertThat(incidents.attributionOf(incident.id()))
                .isEqualTo(new Attribution(
                        AttributionStatus.CONTESTED,
                        "RU",
                        List.of(new LocalizedName("Test actor " + word, null, null)),
                        new LocalizedName("Test actor " + word, null, null),
                        true));
        assertThat(entryOf(incident)).containsEntry("attribution", "CONTESTED").containsEntry("origin", "RU");
        TimelineFilter contested =
                new TimelineFilter(null, null, Set.of(EntryKind.INCIDENT), null, null, null, "CONTESTED", word);
        assertThat(timeline.page(contested, null, null, 10).entries())
                .extracting(TimelineEntry::path)
                .containsExactly("/incidents/" + incident.id());
        assertThat(statistics.facets(contested.withAttribution(null)).attributions())
                .containsEntry("CONTESTED", 1L);
    }

    @Test
    void rewritesOnlyTheStoredAttributionsThatNoLongerFollowFromTheLedger() {
        String word = TestRecords.uniqueWord();
        IncidentView contested = records.incident(FuzzyDate.day(2015, 8, 2), word);
        records.statement(contested.id(), ActorType.MEDIA, "KZ", Stance.ASSERTS, "RU", FuzzyDate.day(2015, 8, 3), word);
        records.statement(
                contested.id(), ActorType.OFFICIAL, "RU", Stance.DENIES, null, FuzzyDate.day(2015, 8, 4), word);
        IncidentView alleged = records.incident(FuzzyDate.day(2015, 8, 2), word);
        records.statement(alleged.id(), ActorType.MEDIA, "KZ", Stance.ASSERTS, "RU", FuzzyDate.day(2015, 8, 3), word);
        // As the former rule stored it: any official denial made it "denied".
        jdbc.sql("update timeline_entry set attribution = 'DENIED' where entry_key = :key")
                .param("key", "incident:" + contested.id())
                .update();
        Object allegedWritten = updatedAt(alleged);

        entries.refreshAttributions();

        assertThat(entryOf(contested)).containsEntry("attribution", "CONTESTED").containsEntry("origin", "RU");
        assertThat(entryOf(alleged)).containsEntry("attribution", "ALLEGED");
        assertThat(updatedAt(alleged))
                .as("an entry that agrees is not written again")
                .isEqualTo(allegedWritten);
        Object contestedWritten = updatedAt(contested);
        entries.refreshAttributions();
        assertThat(updatedAt(contested)).as("written once, not at every start").isEqualTo(contestedWritten);
    }

    @Test
    void rewritesTheIncidentEntryInTheTransactionOfTheStatement() {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(2015, 6, 2), word);

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            records.statement(incident.id(), ActorType.MEDIA, Stance.ASSERTS, "RU", FuzzyDate.day(2015, 6, 3), word);
            assertThat(entryOf(incident))
                    .containsEntry("attribution", "ALLEGED")
                    .containsEntry("origin", "RU");
            tx.setRollbackOnly();
        });

        // Rolled back together: neither the statement nor the rewritten entry outlives the transaction.
        assertThat(incidents.ledger(incident.id())).isEmpty();
        assertThat(entryOf(incident)).containsEntry("attribution", "UNKNOWN").containsEntry("origin", null);
    }

    @Test
    void findsActStagesWithinTheProximityWindowOfTheIncident() {
        int days = properties.proximityDays();
        LocalDate day = TestRecords.quietDay();
        IncidentView incident = records.incident(FuzzyDate.exact(day), TestRecords.uniqueWord());
        long issuer = records.body().id();
        ActView before = actOn(issuer, day.minusDays(days));
        ActView after = actOn(issuer, day.plusDays(days));
        ActView tooEarly = actOn(issuer, day.minusDays(days + 1));
        ActView tooLate = actOn(issuer, day.plusDays(days + 1));

        assertThat(incidents.actsAround(incident.id()).entries())
                .extracting(TimelineEntry::path)
                .contains("/acts/" + before.id(), "/acts/" + after.id())
                .doesNotContain("/acts/" + tooEarly.id(), "/acts/" + tooLate.id());
    }

    @Test
    void widensTheWindowToTheWholePeriodOfAnImpreciseIncident() {
        int days = properties.proximityDays();
        LocalDate day = TestRecords.quietDay();
        FuzzyDate month = new FuzzyDate(day, DatePrecision.MONTH, false);
        IncidentView incident = records.incident(month, TestRecords.uniqueWord());
        long issuer = records.body().id();
        ActView afterTheMonth = actOn(issuer, month.end().plusDays(days));
        ActView tooLate = actOn(issuer, month.end().plusDays(days + 1));

        assertThat(incidents.actsAround(incident.id()).entries())
                .extracting(TimelineEntry::path)
                .contains("/acts/" + afterTheMonth.id())
                .doesNotContain("/acts/" + tooLate.id());
    }

    private ActView actOn(long issuer, LocalDate adopted) {
        return records.act(issuer)
                .stage(StageKind.ADOPTED, FuzzyDate.exact(adopted))
                .issue();
    }

    private Object updatedAt(IncidentView incident) {
        return jdbc.sql("select updated_at from timeline_entry where entry_key = :key")
                .param("key", "incident:" + incident.id())
                .query()
                .singleValue();
    }

    private Map<String, Object> entryOf(IncidentView incident) {
        return jdbc.sql("select kind, attribution, origin from timeline_entry where entry_key = :key")
                .param("key", "incident:" + incident.id())
                .query()
                .singleRow();
    }
}
