package org.defencetracker.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.SourceView;
import org.defencetracker.timeline.EntriesNear;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresTest
class ActServiceTest {

    @Autowired
    ActService acts;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DefenceTrackerProperties properties;

    @Autowired
    TimelineWriter writer;

    long issuer;

    @BeforeEach
    void createIssuer() {
        issuer = records.body("Test parliament").id();
    }

    @Test
    void derivesStatusFromTheFurthestStageReached() {
        LocalDate drafted = TestRecords.quietDay();
        ActView law = records.act(issuer)
                .kind(ActKind.LAW)
                .stage(StageKind.DRAFTED, FuzzyDate.exact(drafted))
                .stage(StageKind.PASSED_MAZHILIS, FuzzyDate.exact(drafted.plusDays(50)))
                .stage(StageKind.APPROVED_SENATE, FuzzyDate.exact(drafted.plusDays(90)))
                .issue();

        assertThat(law.status()).isEqualTo(StageKind.APPROVED_SENATE);
        assertThat(acts.get(law.id()).status()).isEqualTo(StageKind.APPROVED_SENATE);
    }

    @Test
    void doesNotCountAStageDatedInTheFuture() {
        ActView law = records.act(issuer)
                .kind(ActKind.LAW)
                .stage(StageKind.SIGNED, FuzzyDate.exact(TestRecords.quietDay()))
                .stage(StageKind.IN_FORCE, FuzzyDate.exact(LocalDate.now(clock).plusDays(1)))
                .issue();
        try {
            assertThat(law.status()).isEqualTo(StageKind.SIGNED);
            assertThat(acts.get(law.id()).status()).isEqualTo(StageKind.SIGNED);
            assertThat(acts.get(law.id()).stages())
                    .extracting(StageView::stage)
                    .containsExactly(StageKind.SIGNED, StageKind.IN_FORCE);
        } finally {
            // A future entry would head the newest-first timeline of a shared database until its day comes.
            writer.removeByKeyPrefix("act-stage:" + law.id() + ":");
        }
    }

    @Test
    void labelsAnActByKindNumberAndFirstStage() {
        String number = "N-" + TestRecords.uniqueWord();
        ActView decree = records.act(issuer)
                .number(number)
                .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 14))
                .issue();
        ActView law = records.act(issuer)
                .kind(ActKind.LAW)
                .stage(StageKind.APPROVED_SENATE, FuzzyDate.month(2015, 6))
                .issue();

        assertThat(decree.label()).isEqualTo("Decree No. " + number + " of 14 September 2015");
        assertThat(law.label()).isEqualTo("Law of June 2015 “" + law.titleEn() + "”");
    }

    @Test
    void tellsApartUnnumberedActsOfOneKindAndDayByTheirTitles() {
        String word = TestRecords.uniqueWord();
        ActView reserve = records.act(issuer)
                .kind(ActKind.ORDER)
                .titled("On the reserve " + word)
                .stage(StageKind.SIGNED, FuzzyDate.day(2026, 1, 15))
                .issue();
        ActView register = records.act(issuer)
                .kind(ActKind.ORDER)
                .titled("On the register " + word)
                .stage(StageKind.SIGNED, FuzzyDate.day(2026, 1, 15))
                .issue();

        assertThat(reserve.label()).isEqualTo("Order of 15 January 2026 “On the reserve " + word + "”");
        assertThat(register.label()).isNotEqualTo(reserve.label());
        assertThat(acts.get(register.id()).label()).isEqualTo(register.label());
    }

    @Test
    void rejectsADuplicateOfficialNumberForTheSameKindAndBody() {
        String number = "N-" + TestRecords.uniqueWord();
        records.act(issuer)
                .number(number)
                .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 14))
                .issue();

        assertThatExceptionOfType(DuplicateOfficialNumberException.class)
                .isThrownBy(() -> records.act(issuer)
                        .number(" " + number + " ")
                        .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 15))
                        .issue());
        long decrees = jdbc.sql("select count(*) from legal_act where official_number = :number")
                .param("number", number)
                .query(Long.class)
                .single();
        assertThat(decrees).isOne();
    }

    @Test
    void acceptsTheSameNumberForAnotherKindOrAnotherBody() {
        String number = "N-" + TestRecords.uniqueWord();
        records.act(issuer)
                .number(number)
                .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 14))
                .issue();

        records.act(issuer)
                .kind(ActKind.ORDER)
                .number(number)
                .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 14))
                .issue();
        records.act(records.body().id())
                .number(number)
                .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 14))
                .issue();

        long acts = jdbc.sql("select count(*) from legal_act where official_number = :number")
                .param("number", number)
                .query(Long.class)
                .single();
        assertThat(acts).isEqualTo(3);
    }

    @Test
    void showsRelationsInBothDirections() {
        ActView law = records.act(issuer)
                .kind(ActKind.LAW)
                .stage(StageKind.SIGNED, FuzzyDate.day(2015, 7, 1))
                .issue();
        ActView amendment = records.act(issuer)
                .kind(ActKind.LAW)
                .stage(StageKind.SIGNED, FuzzyDate.day(2015, 11, 1))
                .issue();
        ActView decree = records.act(issuer)
                .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 14))
                .issue();
        acts.relate(amendment.id(), RelationType.AMENDS, law.id());
        acts.relate(decree.id(), RelationType.IMPLEMENTS, law.id());

        assertThat(acts.relationsOf(law.id()))
                .extracting(
                        ActRelationView::type,
                        ActRelationView::outgoing,
                        ActRelationView::otherActId,
                        ActRelationView::otherTitle)
                .containsExactlyInAnyOrder(
                        tuple(RelationType.AMENDS, false, amendment.id(), amendment.titleEn()),
                        tuple(RelationType.IMPLEMENTS, false, decree.id(), decree.titleEn()));
        assertThat(acts.relationsOf(amendment.id()))
                .extracting(ActRelationView::type, ActRelationView::outgoing, ActRelationView::otherLabel)
                .containsExactly(tuple(RelationType.AMENDS, true, law.label()));
    }

    @Test
    void findsIncidentsWithinTheProximityWindowOfItsStages() {
        int days = properties.proximityDays();
        LocalDate first = TestRecords.quietDay();
        LocalDate last = first.plusDays(30);
        ActView law = records.act(issuer)
                .kind(ActKind.LAW)
                .stage(StageKind.PASSED_MAZHILIS, FuzzyDate.exact(first))
                .stage(StageKind.SIGNED, FuzzyDate.exact(last))
                .issue();
        IncidentView earliest = incidentOn(first.minusDays(days));
        IncidentView between = incidentOn(first.plusDays(10));
        IncidentView latest = incidentOn(last.plusDays(days));
        IncidentView tooEarly = incidentOn(first.minusDays(days + 1));
        IncidentView tooLate = incidentOn(last.plusDays(days + 1));

        assertThat(acts.incidentsAround(law.id()).entries())
                .extracting(TimelineEntry::key)
                .contains(keyOf(earliest), keyOf(between), keyOf(latest))
                .doesNotContain(keyOf(tooEarly), keyOf(tooLate));
    }

    @Test
    void listsTheFirstIncidentsOfABusyWindowAndLeadsToTheRestOnTheTimeline() {
        int days = properties.proximityDays();
        LocalDate signed = TestRecords.quietDay();
        ActView decree = records.act(issuer)
                .stage(StageKind.SIGNED, FuzzyDate.exact(signed))
                .issue();
        List<IncidentView> busy = new ArrayList<>();
        for (int i = 0; i <= EntriesNear.SHOWN; i++) {
            busy.add(incidentOn(signed.minusDays(days).plusDays(i)));
        }

        EntriesNear near = acts.incidentsAround(decree.id());

        assertThat(near.entries())
                .hasSize(EntriesNear.SHOWN)
                .extracting(TimelineEntry::key)
                .startsWith(keyOf(busy.get(0)))
                .doesNotContain(keyOf(busy.get(EntriesNear.SHOWN)));
        assertThat(near.more()).isTrue();
        assertThat(near.timelineAddress())
                .isEqualTo(
                        "/timeline?from=" + signed.minusDays(days) + "&to=" + signed.plusDays(days) + "&kind=INCIDENT");
    }

    @Test
    void findsAnImpreciseIncidentWhosePeriodReachesIntoTheWindow() {
        int days = properties.proximityDays();
        LocalDate adopted = TestRecords.quietDay();
        ActView decree = records.act(issuer)
                .stage(StageKind.ADOPTED, FuzzyDate.exact(adopted))
                .issue();
        // A month-precision incident counts from its first to its last day: this month ends inside the window.
        LocalDate windowStart = adopted.minusDays(days);
        IncidentView month = incidentIn(new FuzzyDate(windowStart, DatePrecision.MONTH, false));
        IncidentView monthBefore =
                incidentIn(new FuzzyDate(windowStart.withDayOfMonth(1).minusDays(1), DatePrecision.MONTH, false));

        assertThat(acts.incidentsAround(decree.id()).entries())
                .extracting(TimelineEntry::key)
                .contains(keyOf(month))
                .doesNotContain(keyOf(monthBefore));
    }

    @Test
    void editingAnActsSummaryKeepsItsStageEntries() {
        TestRecords.ActBuilder command = citedLawInTwoStages();
        ActView law = command.issue();
        Map<String, StoredEntry> before = stageEntries(law.id());

        acts.update(law.id(), law.version(), command.summary("A new summary").command(), List.of());

        assertKeptTheirRows(before, stageEntries(law.id()));
    }

    @Test
    void citingOneMoreSourceKeepsTheStageEntries() {
        TestRecords.ActBuilder command = citedLawInTwoStages();
        ActView law = command.issue();
        Map<String, StoredEntry> before = stageEntries(law.id());

        acts.update(law.id(), law.version(), command.citing(records.source()).command(), List.of());

        Map<String, StoredEntry> after = stageEntries(law.id());
        assertKeptTheirRows(before, after);
        assertThat(after.values()).extracting(StoredEntry::sources).containsOnly(2);
    }

    @Test
    void changingOneStageKeepsTheOthersEntries() {
        SourceView cited = records.source();
        LocalDate passed = TestRecords.quietDay();
        ActView law = lawInTwoStages(passed, passed.plusDays(20)).citing(cited).issue();
        Map<String, StoredEntry> before = stageEntries(law.id());
        String first = "act-stage:" + law.id() + ":" + law.stages().get(0).id();
        String second = "act-stage:" + law.id() + ":" + law.stages().get(1).id();

        IssueAct command = lawInTwoStages(passed, passed.plusDays(23))
                .titled(law.titleEn())
                .citing(cited)
                .command();
        acts.update(law.id(), law.version(), command, List.of());

        Map<String, StoredEntry> after = stageEntries(law.id());
        assertThat(after).containsOnlyKeys(first, second);
        assertThat(after.get(first)).isEqualTo(before.get(first));
        assertThat(after.get(second).updatedAt()).isAfter(before.get(second).updatedAt());
    }

    @Test
    void savingAnActUnchangedLeavesItsEntriesAsTheyWere() {
        TestRecords.ActBuilder command = citedLawInTwoStages();
        ActView law = command.issue();
        Map<String, StoredEntry> before = stageEntries(law.id());

        acts.update(law.id(), law.version(), command.command(), List.of());

        assertThat(stageEntries(law.id())).isEqualTo(before);
    }

    private TestRecords.ActBuilder citedLawInTwoStages() {
        LocalDate passed = TestRecords.quietDay();
        return lawInTwoStages(passed, passed.plusDays(20)).citing(records.source());
    }

    private TestRecords.ActBuilder lawInTwoStages(LocalDate passed, LocalDate signed) {
        return records.act(issuer)
                .kind(ActKind.LAW)
                .stage(StageKind.PASSED_MAZHILIS, FuzzyDate.exact(passed))
                .stage(StageKind.SIGNED, FuzzyDate.exact(signed));
    }

    /** The same entries, each still the row it was: same id, recorded at the same time. */
    private static void assertKeptTheirRows(Map<String, StoredEntry> before, Map<String, StoredEntry> after) {
        assertThat(after).hasSize(2).containsOnlyKeys(before.keySet());
        before.forEach((key, entry) -> {
            assertThat(after.get(key).id()).isEqualTo(entry.id());
            assertThat(after.get(key).recordedAt()).isEqualTo(entry.recordedAt());
        });
    }

    /**
     * The act's stage entries by key, with what tells a rewritten row: the transaction that last wrote the entry's
     * citations ({@code xmin}) changes when they are deleted and inserted again, even with the same values.
     */
    private Map<String, StoredEntry> stageEntries(long actId) {
        return jdbc
                .sql("""
                        select e.entry_key, e.id, e.recorded_at, e.updated_at, count(s.entry_id) as sources,
                               coalesce(string_agg(s.xmin::text, ',' order by s.position), '') as source_rows
                          from timeline_entry e
                          left join timeline_entry_source s on s.entry_id = e.id
                         where e.entry_key like :prefix
                         group by e.id
                        """)
                .param("prefix", "act-stage:" + actId + ":%")
                .query((rs, n) -> Map.entry(
                        rs.getString("entry_key"),
                        new StoredEntry(
                                rs.getLong("id"),
                                rs.getTimestamp("recorded_at").toInstant(),
                                rs.getTimestamp("updated_at").toInstant(),
                                rs.getInt("sources"),
                                rs.getString("source_rows"))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private record StoredEntry(long id, Instant recordedAt, Instant updatedAt, int sources, String sourceRows) {}

    private IncidentView incidentOn(LocalDate day) {
        return incidentIn(FuzzyDate.exact(day));
    }

    private IncidentView incidentIn(FuzzyDate date) {
        return records.incident(date, TestRecords.uniqueWord());
    }

    private static String keyOf(IncidentView incident) {
        return "incident:" + incident.id();
    }
}
