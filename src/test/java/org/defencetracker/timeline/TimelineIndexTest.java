package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Listings read from the top of an index in their order, not by sorting or filtering a whole table: checked on the
 * plan PostgreSQL makes for the app's own statement over a timeline of 20,000 more entries, as planned from the
 * table's size (no statistics gathered, no kind of scan forbidden). The entries are written in a transaction that
 * is rolled back, so other tests never see them.
 */
@PostgresTest
class TimelineIndexTest {

    private static final int ENTRIES = 20_000;

    /** A body that issued thousands of acts; the timeline holds no foreign key to bodies. */
    private static final long BODY = 987_654_321L;

    @Autowired
    TimelineWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theFeedWalksTheIndexOfChangeTimes() {
        TimelineSql sql = TimelineSql.listing(TimelineFilter.NONE).param("limit", 50);
        List<String> plan = planWithEntries(
                EntryKind.INCIDENT, null, false, TimelineQueries.latestChanges(TimelineFilter.NONE, sql), sql);

        assertThat(plan)
                .as(String.join("\n", plan))
                .anyMatch(line -> line.contains("Index Scan using ix_timeline_changed on timeline_entry e"))
                .noneMatch(line -> line.contains("Seq Scan on timeline_entry e"));
    }

    @Test
    void aBodysEntriesOfOneKindAreListedFromTheIndexOfBodyAndKind() {
        // Its page lists the statements it made: here none, among 20,000 stages of its acts.
        TimelineFilter statements =
                new TimelineFilter(null, null, Set.of(EntryKind.STATEMENT), BODY, null, null, null, null);
        TimelineSql sql = TimelineSql.listing(statements).param("limit", 51);
        List<String> plan = planWithEntries(
                EntryKind.ACT_STAGE,
                BODY,
                true,
                TimelineQueries.listQuery(statements, sql, TimelineQueries.NEWEST_FIRST),
                sql);

        assertThat(plan).as(String.join("\n", plan)).anyMatch(line -> line.contains("ix_timeline_body_kind"));
    }

    /**
     * The plan of {@code query} once 20,000 entries of this kind and body are written; with {@code analyze}, planned
     * from statistics that count them (a database in use has statistics that would not know of them otherwise; they
     * go with the rollback).
     */
    private List<String> planWithEntries(EntryKind kind, Long bodyId, boolean analyze, String query, TimelineSql sql) {
        String word = TestRecords.uniqueWord();
        List<TimelineEntryDraft> drafts = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            drafts.add(new TimelineEntryDraft(
                    "test-index:" + word + ":" + i,
                    kind,
                    TimelinePagingTest.subtype(kind),
                    FuzzyDate.exact(LocalDate.of(1900, 1, 1).plusDays(i)),
                    EntryTitle.text("Indexed " + word + " " + i),
                    null,
                    "/timeline",
                    bodyId,
                    bodyId == null ? null : "Test body",
                    null,
                    null,
                    null,
                    List.of(),
                    EntryTranslations.NONE));
        }
        return transactions.execute(status -> {
            status.setRollbackOnly();
            writer.recordNew(drafts);
            if (analyze) {
                jdbc.sql("analyze timeline_entry").update();
            }
            return jdbc.sql("explain " + query)
                    .params(sql.params())
                    .query(String.class)
                    .list();
        });
    }
}
