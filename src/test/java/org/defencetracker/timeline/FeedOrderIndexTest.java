package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed's 50 latest changes are read from the top of an index in its order, not by sorting the whole timeline:
 * checked on the plan PostgreSQL makes for the feed's own statement over a timeline of 20,000 more entries, as
 * planned from the table's size (no statistics gathered, no kind of scan forbidden). The entries are written in a
 * transaction that is rolled back, so other tests never see them.
 */
@PostgresTest
class FeedOrderIndexTest {

    private static final int ENTRIES = 20_000;

    @Autowired
    TimelineWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theFeedWalksTheIndexOfChangeTimes() {
        List<String> plan = planWithEntries(TimelineFilter.NONE);

        assertThat(plan)
                .as(String.join("\n", plan))
                .anyMatch(line -> line.contains("Index Scan using ix_timeline_changed on timeline_entry e"))
                .noneMatch(line -> line.contains("Seq Scan on timeline_entry e"));
    }

    private List<String> planWithEntries(TimelineFilter filter) {
        String word = TestRecords.uniqueWord();
        List<TimelineEntryDraft> drafts = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            drafts.add(TimelinePagingTest.draft(
                    "test-feed-order:" + word + ":" + i,
                    EntryKind.INCIDENT,
                    FuzzyDate.exact(LocalDate.of(1900, 1, 1).plusDays(i)),
                    "Feed order " + word + " " + i,
                    List.of()));
        }
        return transactions.execute(status -> {
            status.setRollbackOnly();
            writer.recordNew(drafts);
            TimelineSql sql = TimelineSql.listing(filter).param("limit", 50);
            return jdbc.sql("explain " + TimelineQueries.latestChanges(filter, sql))
                    .params(sql.params())
                    .query(String.class)
                    .list();
        });
    }
}
