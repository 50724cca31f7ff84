package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.WithdrawDuty;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every module writes its timeline entries, with the sources they cite, together with its own records. */
@PostgresTest
class TimelineEntriesTest {

    @Autowired
    TimelineQueries timeline;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MandateService mandates;

    @Test
    void refusesAnEntryWhosePeriodRunsIntoTheNextYear() {
        // Listings from a date walk the date index from that date's year on, which only periods within one year
        // allow (see TimelineSql.listing).
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into timeline_entry (entry_key, kind, subtype, date_on, date_end, date_precision,
                                    date_approximate, title, path, recorded_at)
                                values ('incident:-1', 'INCIDENT', 'DRONE', date '2024-12-20', date '2025-01-10', 'DAY',
                                    false, 'Across the new year', '/incidents/-1', now())
                                """).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_timeline_period_within_a_year");
    }

    @Test
    void writesOneEntryPerStageOfAnActWithItsSources() {
        String word = TestRecords.uniqueWord();
        BodyView parliament = records.body("Test parliament");
        BodyView senate = records.body("Test senate");
        SourceView article = records.source();
        SourceView gazette = records.source();
        ActView law = records.act(parliament.id())
                .kind(ActKind.LAW)
                .titled("Test law " + word)
                .stage(StageKind.PASSED_MAZHILIS, FuzzyDate.day(2015, 5, 10))
                .stage(StageKind.APPROVED_SENATE, FuzzyDate.month(2015, 6), senate.id())
                .stage(StageKind.SIGNED, FuzzyDate.day(2015, 7, 1))
                .citing(article, gazette)
                .issue();

        List<Map<String, Object>> entries = jdbc.sql("""
                        select id, kind, subtype, date_on, date_end, date_precision, body_id, path
                        from timeline_entry where entry_key like :prefix order by date_on
                        """)
                .param("prefix", "act-stage:" + law.id() + ":%")
                .query()
                .listOfRows();
        assertThat(entries)
                .extracting(
                        e -> e.get("kind"),
                        e -> e.get("subtype"),
                        e -> e.get("date_precision"),
                        e -> ((Number) e.get("body_id")).longValue(),
                        e -> e.get("path"))
                .containsExactly(
                        tuple("ACT_STAGE", "PASSED_MAZHILIS", "DAY", parliament.id(), "/acts/" + law.id()),
                        tuple("ACT_STAGE", "APPROVED_SENATE", "MONTH", senate.id(), "/acts/" + law.id()),
                        tuple("ACT_STAGE", "SIGNED", "DAY", parliament.id(), "/acts/" + law.id()));
        assertThat(entries.get(1).get("date_end").toString()).isEqualTo("2015-06-30");
        for (Map<String, Object> entry : entries) {
            assertThat(citationsOf(((Number) entry.get("id")).longValue()))
                    .containsExactly(article.citation(), gazette.citation());
        }

        TimelinePage page = timeline.page(filter(Set.of(EntryKind.ACT_STAGE), word), null, null, 10);
        assertThat(page.entries())
                .extracting(TimelineEntry::title)
                .containsExactly(
                        "Law signed: Test law " + word,
                        "Law approved by the Senate: Test law " + word,
                        "Law passed by the Mazhilis: Test law " + word);
        assertThat(page.entries())
                .allSatisfy(e -> assertThat(e.sources()).containsExactly(article.citation(), gazette.citation()));
    }

    @Test
    void writesAnIncidentEntry() {
        String word = TestRecords.uniqueWord();
        SourceView source = records.source();
        IncidentView incident = records.incident(FuzzyDate.month(2015, 6), word, "KZ-35", source);

        Map<String, Object> entry =
                jdbc.sql("""
                        select id, kind, subtype, date_on, date_precision, region_code, attribution, title, path
                        from timeline_entry where entry_key = :key
                        """).param("key", "incident:" + incident.id()).query().singleRow();
        assertThat(entry)
                .containsEntry("kind", "INCIDENT")
                .containsEntry("subtype", "DRONE_INCURSION")
                .containsEntry("date_precision", "MONTH")
                .containsEntry("region_code", "KZ-35")
                .containsEntry("attribution", "UNKNOWN")
                .containsEntry("title", "Test drone incursion " + word)
                .containsEntry("path", "/incidents/" + incident.id());
        assertThat(entry.get("date_on").toString()).isEqualTo("2015-06-01");
        assertThat(citationsOf(((Number) entry.get("id")).longValue())).containsExactly(source.citation());

        assertThat(timeline.page(filter(Set.of(EntryKind.INCIDENT), word), null, null, 10)
                        .entries())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.key()).isEqualTo("incident:" + incident.id());
                    assertThat(e.date()).isEqualTo(FuzzyDate.month(2015, 6));
                    assertThat(e.regionCode()).isEqualTo("KZ-35");
                    assertThat(e.sources()).containsExactly(source.citation());
                });
    }

    @Test
    void writesOneMandateChangeEntryForAllDutiesOfAGrant() {
        BodyView ministry = records.body("Test ministry");
        SourceView source = records.source();
        ActView decree = records.act(records.body("Test government").id())
                .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 9, 14))
                .grants(
                        ministry.id(),
                        LocalDate.of(2015, 9, 14),
                        null,
                        "Warn citizens early",
                        "Help evacuate civilians",
                        "Keep civil defence ready")
                .citing(source)
                .issue();

        List<Map<String, Object>> entries =
                jdbc.sql("""
                        select id, entry_key, subtype, date_on, title, summary, path
                        from timeline_entry where kind = 'MANDATE_CHANGE' and body_id = :body
                        """).param("body", ministry.id()).query().listOfRows();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry)
                    .containsEntry("subtype", "GRANTED")
                    .containsEntry("title", ministry.nameEn() + ": 3 duties granted by " + decree.label())
                    .containsEntry("summary", "Warn citizens early; Help evacuate civilians; Keep civil defence ready")
                    .containsEntry("path", "/bodies/" + ministry.id() + "?asOf=2015-09-14");
            assertThat(entry.get("date_on").toString()).isEqualTo("2015-09-14");
            assertThat(citationsOf(((Number) entry.get("id")).longValue())).containsExactly(source.citation());
        });

        TimelineFilter byBody =
                new TimelineFilter(null, null, Set.of(EntryKind.MANDATE_CHANGE), ministry.id(), null, null, null, null);
        assertThat(timeline.page(byBody, null, null, 10).entries())
                .singleElement()
                .satisfies(e -> assertThat(e.sources()).containsExactly(source.citation()));
    }

    @Test
    void writesAMandateChangeEntryForAWithdrawal() {
        BodyView ministry = records.body("Test ministry");
        long government = records.body("Test government").id();
        ActView decree = records.act(government)
                .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 1, 10))
                .grants(ministry.id(), LocalDate.of(2015, 1, 10), null, "Warn citizens early")
                .issue();
        ActView repeal = records.act(government)
                .stage(StageKind.ADOPTED, FuzzyDate.day(2015, 6, 1))
                .issue();
        SourceView source = records.source();

        mandates.withdraw(new WithdrawDuty(
                mandates.ofAct(decree.id()).get(0).id(),
                repeal.id(),
                repeal.label(),
                LocalDate.of(2015, 6, 1),
                List.of(source.citation())));

        TimelineFilter byBody =
                new TimelineFilter(null, null, Set.of(EntryKind.MANDATE_CHANGE), ministry.id(), null, null, null, null);
        assertThat(timeline.page(byBody, null, null, 10).entries())
                .extracting(TimelineEntry::subtype, TimelineEntry::date, TimelineEntry::title)
                .containsExactly(
                        tuple(
                                "WITHDRAWN",
                                FuzzyDate.day(2015, 6, 1),
                                ministry.nameEn() + ": 1 duty withdrawn by " + repeal.label()),
                        tuple(
                                "GRANTED",
                                FuzzyDate.day(2015, 1, 10),
                                ministry.nameEn() + ": 1 duty granted by " + decree.label()));
        assertThat(timeline.page(byBody, null, null, 10).entries().get(0).sources())
                .containsExactly(source.citation());
    }

    @Test
    void writesAnEntryForEveryStatement() {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(2015, 6, 2), word);
        StatementView claim = records.statement(
                incident.id(), ActorType.MEDIA, Stance.ASSERTS, "RU", FuzzyDate.day(2015, 6, 3), word);
        StatementView denial = records.statement(
                incident.id(), ActorType.OFFICIAL, Stance.DENIES, null, FuzzyDate.day(2015, 6, 4), word);

        List<Map<String, Object>> entries = jdbc.sql("""
                        select id, entry_key, subtype, origin, path from timeline_entry
                        where kind = 'STATEMENT' and entry_key in (:keys) order by date_on
                        """)
                .param("keys", List.of("statement:" + claim.id(), "statement:" + denial.id()))
                .query()
                .listOfRows();
        assertThat(entries)
                .extracting(e -> e.get("subtype"), e -> e.get("origin"), e -> e.get("path"))
                .containsExactly(
                        tuple("ASSERTS", "RU", "/incidents/" + incident.id() + "#statement-" + claim.id()),
                        tuple("DENIES", null, "/incidents/" + incident.id() + "#statement-" + denial.id()));
        assertThat(citationsOf(((Number) entries.get(0).get("id")).longValue()))
                .containsExactlyElementsOf(
                        claim.sources().stream().map(SourceView::citation).toList());

        assertThat(timeline.page(filter(Set.of(EntryKind.STATEMENT), word), null, null, 10)
                        .entries())
                .extracting(TimelineEntry::key, TimelineEntry::title)
                .containsExactly(
                        tuple("statement:" + denial.id(), "Denial by Test actor " + word),
                        tuple("statement:" + claim.id(), "Claim by Test actor " + word));
    }

    private static TimelineFilter filter(Set<EntryKind> kinds, String word) {
        return new TimelineFilter(null, null, kinds, null, null, null, null, word);
    }

    private List<Citation> citationsOf(long entryId) {
        return jdbc.sql("""
                        select publisher, title, url, published from timeline_entry_source
                        where entry_id = :id order by position
                        """)
                .param("id", entryId)
                .query((rs, n) -> new Citation(
                        rs.getString("publisher"),
                        rs.getString("title"),
                        rs.getString("url"),
                        rs.getString("published")))
                .list();
    }
}
