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
 * A body's entries of one kind are read from an index of the body and kind in date order, not found by reading
 * every entry of the body: checked on the plan PostgreSQL makes for the listing of a body that has 20,000 entries
 * of another kind, as planned from the table's size. The entries are written in a transaction that is rolled back.
 */
@PostgresTest
class BodyKindIndexTest {

    private static final int ENTRIES = 20_000;

    private static final long BODY = 987_654_321L;

    @Autowired
    TimelineWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aBodysStatementsAreListedFromTheIndexOfBodyAndKind() {
        String word = TestRecords.uniqueWord();
        List<TimelineEntryDraft> drafts = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            drafts.add(new TimelineEntryDraft(
                    "test-body-kind:" + word + ":" + i,
                    EntryKind.ACT_STAGE,
                    "TEST",
                    FuzzyDate.exact(LocalDate.of(1900, 1, 1).plusDays(i)),
                    EntryTitle.text("Body and kind " + word + " " + i),
                    null,
                    "/timeline",
                    BODY,
                    "Test body",
                    null,
                    null,
                    null,
                    List.of(),
                    EntryTranslations.NONE));
        }
        TimelineFilter statements =
                new TimelineFilter(null, null, Set.of(EntryKind.STATEMENT), BODY, null, null, null, null);

        List<String> plan = transactions.execute(status -> {
            status.setRollbackOnly();
            writer.recordNew(drafts);
            TimelineSql sql = TimelineSql.listing(statements).param("limit", 51);
            return jdbc.sql("explain " + TimelineQueries.listQuery(statements, sql, TimelineQueries.NEWEST_FIRST))
                    .params(sql.params())
                    .query(String.class)
                    .list();
        });

        assertThat(plan).as(String.join("\n", plan)).anyMatch(line -> line.contains("ix_timeline_body_kind"));
    }
}
