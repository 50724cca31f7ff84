package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline as the database held it at the end of a past day, read from the entries' history.
 *
 * <p>A day is the smallest step the page offers, and a test cannot wait for one to pass: so after writing an entry,
 * the test moves that entry's history back two days, as if it had been recorded then. Only the test's own entry is
 * moved, and all its versions by the same amount, so their order stays as it was.
 */
@PostgresTest
class TimelineAsRecordedTest {

    @Autowired
    TimelineWriter writer;

    @Autowired
    TimelineQueries queries;

    @Autowired
    TimelineStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void showsAnEntryAsItWasBeforeItChangedToday() {
        String word = TestRecords.uniqueWord();
        long body = uniqueBodyId();
        writer.record(draft(word, body, "Old title " + word, List.of(citation("first"))));
        moveHistoryBack(word);
        writer.record(draft(word, body, "New title " + word, List.of(citation("first"), citation("second"))));

        List<TimelineEntry> then = entries(asRecordedYesterday(body));
        List<TimelineEntry> now = entries(current(body));

        assertThat(then).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Old title " + word);
            assertThat(entry.sources()).extracting(Citation::title).containsExactly("first");
        });
        assertThat(now).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("New title " + word);
            assertThat(entry.sources()).extracting(Citation::title).containsExactly("first", "second");
        });
        assertThat(then.get(0).id()).isEqualTo(now.get(0).id());
    }

    @Test
    void keepsAComposedTitlesKeyWhenOnlyTheCitationsChange() {
        String word = TestRecords.uniqueWord();
        long body = uniqueBodyId();
        EntryTitle title = EntryTitle.message("entry.statement.CLAIM", "Body " + word);
        writer.record(draft(word, body, title, List.of(citation("first"))));
        moveHistoryBack(word);
        writer.record(draft(word, body, title, List.of(citation("first"), citation("second"))));

        // Every version keeps the key and its arguments, so that it is composed in the reader's language.
        assertThat(jdbc.sql("""
                                select title_key || ' ' || title_args::text from timeline_entry_history
                                 where entry_key = :key order by recorded_from
                                """)
                        .param("key", "test-recorded:" + word)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "entry.statement.CLAIM [\"Body " + word + "\"]",
                        "entry.statement.CLAIM [\"Body " + word + "\"]");
        assertThat(entries(current(body).withRecordedAt(endOf(LocalDate.now(clock)))))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.title()).isEqualTo("Claim by Body " + word);
                    assertThat(entry.sources()).extracting(Citation::title).containsExactly("first", "second");
                });
    }

    /**
     * The functions that take a whole statement's entries are planned on every call: a plan kept from a young, nearly
     * empty history compares every version with every entry touched, and a bulk write of 10,000 entries then takes
     * longer than a connection waits for an answer (measured by the 200,000-incident load test).
     */
    @Test
    void theSetWideHistoryFunctionsArePlannedAfreshOnEveryCall() {
        assertThat(jdbc.sql("""
                                select proname || ' ' || array_to_string(proconfig, ',') from pg_proc
                                 where proname in ('keep_timeline_source_history', 'settle_timeline_entry_history')
                                   and pronamespace = to_regnamespace(current_schema())
                                """).query(String.class).list())
                .containsExactlyInAnyOrder(
                        "keep_timeline_source_history plan_cache_mode=force_custom_plan",
                        "settle_timeline_entry_history plan_cache_mode=force_custom_plan");
    }

    @Test
    void stillShowsOnAPastDayAnEntryDeletedToday() {
        String word = TestRecords.uniqueWord();
        long body = uniqueBodyId();
        writer.record(draft(word, body, "Deleted " + word, List.of(citation("only"))));
        moveHistoryBack(word);
        writer.removeByKeyPrefix("test-recorded:" + word);

        assertThat(entries(current(body))).isEmpty();
        assertThat(entries(asRecordedYesterday(body))).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Deleted " + word);
            assertThat(entry.sources()).extracting(Citation::title).containsExactly("only");
        });
    }

    @Test
    void doesNotShowOnAPastDayAnEntryCreatedToday() {
        String word = TestRecords.uniqueWord();
        long body = uniqueBodyId();
        writer.record(draft(word, body, "Created today " + word, List.of()));

        assertThat(entries(asRecordedYesterday(body))).isEmpty();
        assertThat(entries(current(body).withRecordedAt(endOf(LocalDate.now(clock)))))
                .extracting(TimelineEntry::title)
                .containsExactly("Created today " + word);
    }

    @Test
    void keepsOneVersionWhenASaveRewritesTheSameCitations() {
        String word = TestRecords.uniqueWord();
        long body = uniqueBodyId();
        writer.record(draft(word, body, "Same " + word, List.of(citation("one"))));
        moveHistoryBack(word);
        writer.record(draft(word, body, "Same " + word, List.of(citation("one"))));

        assertThat(jdbc.sql("select count(*) from timeline_entry_history where entry_key = :key")
                        .param("key", "test-recorded:" + word)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void countsAndFacetsAgreeWithTheListOfThatDay() {
        String word = TestRecords.uniqueWord();
        long body = uniqueBodyId();
        writer.record(draft(word + "a", body, "Stays " + word, List.of()));
        writer.record(draft(word + "b", body, "Deleted later " + word, List.of()));
        moveHistoryBack(word);
        writer.removeByKeyPrefix("test-recorded:" + word + "b");
        writer.record(draft(word + "c", body, "Added later " + word, List.of()));

        TimelineFilter then = asRecordedYesterday(body);
        assertThat(entries(then)).hasSize(2);
        assertThat(statistics.count(then)).isEqualTo(2);
        TimelineFacets facets = statistics.facets(then);
        assertThat(facets.total()).isEqualTo(2);
        assertThat(facets.kinds()).containsEntry(EntryKind.STATEMENT, 2L);
        assertThat(facets.bodies())
                .filteredOn(option -> option.value().equals(String.valueOf(body)))
                .singleElement()
                .satisfies(option -> {
                    assertThat(option.count()).isEqualTo(2);
                    assertThat(option.label()).startsWith("Test body " + word);
                });
        assertThat(statistics.count(current(body))).isEqualTo(2);
        assertThat(entries(current(body)))
                .extracting(TimelineEntry::title)
                .containsExactlyInAnyOrder("Stays " + word, "Added later " + word);
    }

    /** Moves every version of the test's entries two days back, as if they had been recorded then. */
    private void moveHistoryBack(String word) {
        jdbc.sql("""
                        update timeline_entry_history
                           set recorded_from = recorded_from - interval '2 days',
                               recorded_to = recorded_to - interval '2 days'
                         where entry_key like :key
                        """).param("key", "test-recorded:" + word + "%").update();
    }

    private List<TimelineEntry> entries(TimelineFilter filter) {
        return queries.page(filter, null, null, 50).entries();
    }

    /** Test entries carry a body id no real body has, so that a filter finds exactly them. */
    private static long uniqueBodyId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }

    private static TimelineFilter current(long body) {
        return new TimelineFilter(null, null, Set.of(), body, null, null, null, null);
    }

    private TimelineFilter asRecordedYesterday(long body) {
        return current(body).withRecordedAt(endOf(LocalDate.now(clock).minusDays(1)));
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private static TimelineEntryDraft draft(String word, long body, String title, List<Citation> sources) {
        return draft(word, body, EntryTitle.text(title), sources);
    }

    private static TimelineEntryDraft draft(String word, long body, EntryTitle title, List<Citation> sources) {
        return new TimelineEntryDraft(
                "test-recorded:" + word,
                EntryKind.STATEMENT,
                "TEST",
                FuzzyDate.day(1990, 4, 12),
                title,
                null,
                "/timeline",
                body,
                "Test body " + word,
                null,
                null,
                null,
                sources,
                EntryTranslations.NONE);
    }

    private static Citation citation(String title) {
        return new Citation("Test publisher", title, null, null);
    }
}
