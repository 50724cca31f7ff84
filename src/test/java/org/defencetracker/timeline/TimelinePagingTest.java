package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyset paging and filters of the read model. Each test writes its own entries, all carrying one unique word,
 * and reads with that word as a filter, so entries of other tests never show up. Like every record the tests
 * make, the entries cite a source and are dated before the demo case.
 */
@PostgresTest
class TimelinePagingTest {

    @Autowired
    TimelineWriter writer;

    @Autowired
    TimelineQueries queries;

    @Autowired
    TimelineStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    String word;
    int written;

    @BeforeEach
    void chooseWord() {
        word = TestRecords.uniqueWord();
    }

    @Test
    void pagesNewestFirstWithoutGapsOrDuplicates() {
        List<TimelineEntry> all = List.of(
                        entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 1, 5)),
                        entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 3, 1)),
                        entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 3, 1)),
                        entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 3, 1)),
                        entry(EntryKind.INCIDENT, FuzzyDate.month(2015, 4)),
                        entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 4, 20)),
                        entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 9, 14)))
                .stream()
                .sorted(newestFirst())
                .toList();
        TimelineFilter mine = words();

        TimelinePage first = queries.page(mine, null, null, 3);
        TimelinePage second = queries.page(mine, first.older(), null, 3);
        TimelinePage third = queries.page(mine, second.older(), null, 3);

        assertThat(ids(first)).containsExactlyElementsOf(ids(all.subList(0, 3)));
        assertThat(ids(second)).containsExactlyElementsOf(ids(all.subList(3, 6)));
        assertThat(ids(third)).containsExactlyElementsOf(ids(all.subList(6, 7)));
        assertThat(first.newer()).isNull();
        assertThat(first.older()).isNotNull();
        assertThat(second.newer()).isNotNull();
        assertThat(third.older()).isNull();

        TimelinePage backToSecond = queries.page(mine, null, third.newer(), 3);
        TimelinePage backToFirst = queries.page(mine, null, backToSecond.newer(), 3);

        assertThat(ids(backToSecond)).containsExactlyElementsOf(ids(second));
        assertThat(ids(backToFirst)).containsExactlyElementsOf(ids(first));
        assertThat(backToFirst.newer()).isNull();
        assertThat(backToFirst.older()).isEqualTo(first.older());
        assertThat(backToSecond.older()).isEqualTo(second.older());
    }

    @Test
    void visitsEveryEntryOnceWhateverThePageSize() {
        for (int i = 0; i < 11; i++) {
            entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 1 + i % 3, 10));
        }
        TimelineFilter mine = words();

        // Sizes that divide the eleven entries unevenly, one that takes them all, and one with room to spare.
        for (int size : new int[] {1, 2, 3, 4, 5, 10, 11, 12}) {
            List<Long> older = new ArrayList<>();
            TimelinePage page = queries.page(mine, null, null, size);
            older.addAll(ids(page));
            while (page.older() != null) {
                page = queries.page(mine, page.older(), null, size);
                older.addAll(ids(page));
            }
            List<Long> newer = new ArrayList<>(ids(page));
            while (page.newer() != null) {
                page = queries.page(mine, null, page.newer(), size);
                newer.addAll(0, ids(page));
            }

            assertThat(older)
                    .as("walking older, page size %d", size)
                    .hasSize(11)
                    .doesNotHaveDuplicates();
            assertThat(newer).as("walking newer, page size %d", size).isEqualTo(older);
        }
    }

    @Test
    void ordersEntriesOfTheSameDateByIdNewestFirst() {
        List<Long> sameDay = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sameDay.add(entry(EntryKind.STATEMENT, FuzzyDate.day(2015, 6, 1)).id());
        }
        TimelineFilter mine = words();

        TimelinePage first = queries.page(mine, null, null, 2);
        TimelinePage second = queries.page(mine, first.older(), null, 2);
        TimelinePage third = queries.page(mine, second.older(), null, 2);

        List<Long> walked = new ArrayList<>(ids(first));
        walked.addAll(ids(second));
        walked.addAll(ids(third));
        assertThat(walked)
                .isEqualTo(sameDay.stream().sorted(Comparator.reverseOrder()).toList());
        assertThat(first.older()).isEqualTo(new TimelineCursor(LocalDate.of(2015, 6, 1), walked.get(1)));
    }

    @Test
    void matchesAMonthPrecisionEntryOnAnyDayOfItsMonth() {
        TimelineEntry june = entry(EntryKind.INCIDENT, FuzzyDate.month(2015, 6));
        TimelineEntry tenthOfJune = entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 6, 10));

        assertThat(ids(between(LocalDate.of(2015, 6, 20), null))).containsExactly(june.id());
        assertThat(ids(between(LocalDate.of(2015, 6, 20), LocalDate.of(2015, 6, 25))))
                .containsExactly(june.id());
        assertThat(ids(between(null, LocalDate.of(2015, 6, 1)))).containsExactly(june.id());
        assertThat(ids(between(LocalDate.of(2015, 6, 10), LocalDate.of(2015, 6, 10))))
                .containsExactlyInAnyOrder(june.id(), tenthOfJune.id());
        assertThat(ids(between(LocalDate.of(2015, 7, 1), null))).isEmpty();
        assertThat(ids(between(null, LocalDate.of(2015, 5, 31)))).isEmpty();
    }

    @Test
    void filtersByKind() {
        TimelineEntry incident = entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 6, 1));
        TimelineEntry statement = entry(EntryKind.STATEMENT, FuzzyDate.day(2015, 6, 2));
        TimelineEntry stage = entry(EntryKind.ACT_STAGE, FuzzyDate.day(2015, 6, 3));
        entry(EntryKind.MANDATE_CHANGE, FuzzyDate.day(2015, 6, 4));

        TimelineFilter incidentsAndStatements = new TimelineFilter(
                null, null, Set.of(EntryKind.INCIDENT, EntryKind.STATEMENT), null, null, null, null, word);
        TimelineFilter stages =
                new TimelineFilter(null, null, Set.of(EntryKind.ACT_STAGE), null, null, null, null, word);

        assertThat(ids(queries.page(incidentsAndStatements, null, null, 10)))
                .containsExactly(statement.id(), incident.id());
        assertThat(ids(queries.page(stages, null, null, 10))).containsExactly(stage.id());
        assertThat(statistics.count(words())).isEqualTo(4);
    }

    @Test
    void findsEveryWordGivenInTitleOrSummary() {
        TimelineEntry both =
                entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 6, 1), "Drone over Aktobe", "near 100% sure");
        entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 6, 2), "Drone over Oral", null);

        TimelineFilter aktobe = new TimelineFilter(null, null, Set.of(), null, null, null, null, word + " AKTOBE");
        TimelineFilter percent = new TimelineFilter(null, null, Set.of(), null, null, null, null, word + " 100%");

        assertThat(ids(queries.page(aktobe, null, null, 10))).containsExactly(both.id());
        assertThat(ids(queries.page(percent, null, null, 10))).containsExactly(both.id());
    }

    @Test
    void replacesAnEntryRecordedAgainUnderTheSameKey() {
        String key = "paging-test:" + word + ":again";
        Citation first = new Citation("Publisher one", "First report", null, "June 2015");
        Citation second = new Citation("Publisher two", "Second report", "https://example.org/2", null);
        writer.record(draft(key, EntryKind.INCIDENT, FuzzyDate.day(2015, 6, 1), "First title " + word, List.of(first)));
        writer.record(draft(
                key, EntryKind.INCIDENT, FuzzyDate.day(2015, 6, 3), "Second title " + word, List.of(second, first)));

        assertThat(queries.page(words(), null, null, 10).entries())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.title()).isEqualTo("Second title " + word);
                    assertThat(e.date()).isEqualTo(FuzzyDate.day(2015, 6, 3));
                    assertThat(e.sources()).containsExactly(second, first);
                });
        Map<String, Object> rows = jdbc.sql("""
                        select count(distinct e.id) as entries, count(s.position) as citations
                        from timeline_entry e left join timeline_entry_source s on s.entry_id = e.id
                        where e.entry_key = :key
                        """).param("key", key).query().singleRow();
        assertThat(((Number) rows.get("entries")).intValue()).isOne();
        assertThat(((Number) rows.get("citations")).intValue()).isEqualTo(2);
    }

    @Test
    void rejectsPageSizesOutOfBounds() {
        entry(EntryKind.INCIDENT, FuzzyDate.day(2015, 6, 1));

        assertThatIllegalArgumentException().isThrownBy(() -> queries.page(words(), null, null, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> queries.page(words(), null, null, TimelineQueries.MAX_PAGE_SIZE + 1));
        assertThat(queries.page(words(), null, null, 1).entries()).hasSize(1);
        assertThat(queries.page(words(), null, null, TimelineQueries.MAX_PAGE_SIZE)
                        .entries())
                .hasSize(1);
    }

    @Test
    void answersAnEmptyPageWithoutCursors() {
        TimelinePage page = queries.page(words(), null, null, 10);

        assertThat(page.entries()).isEmpty();
        assertThat(page.newer()).isNull();
        assertThat(page.older()).isNull();
    }

    private TimelineEntry entry(EntryKind kind, FuzzyDate date) {
        return entry(kind, date, "Test entry", null);
    }

    /** Writes an entry whose title carries the test's word, and reads it back as the timeline shows it. */
    private TimelineEntry entry(EntryKind kind, FuzzyDate date, String title, String summary) {
        String key = "paging-test:" + word + ":" + written++;
        writer.record(new TimelineEntryDraft(
                key,
                kind,
                subtype(kind),
                date,
                EntryTitle.text(title + " " + word),
                summary,
                "/timeline",
                null,
                null,
                null,
                null,
                null,
                List.of(new Citation("Test publisher", "Test report " + word, null, null)),
                EntryTranslations.NONE));
        return queries.page(words(), null, null, TimelineQueries.MAX_PAGE_SIZE).entries().stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static TimelineEntryDraft draft(String key, EntryKind kind, FuzzyDate date, String title, List<Citation> sources) {
        return new TimelineEntryDraft(
                key,
                kind,
                subtype(kind),
                date,
                EntryTitle.text(title),
                null,
                "/timeline",
                null,
                null,
                null,
                null,
                null,
                sources,
                EntryTranslations.NONE);
    }

    /** A subtype the pages can label: an incident's is its kind of incident. */
    static String subtype(EntryKind kind) {
        return kind == EntryKind.INCIDENT ? "DRONE_INCURSION" : "TEST";
    }

    private TimelineFilter words() {
        return new TimelineFilter(null, null, Set.of(), null, null, null, null, word);
    }

    private List<TimelineEntry> between(LocalDate from, LocalDate to) {
        return queries.page(new TimelineFilter(from, to, Set.of(), null, null, null, null, word), null, null, 10)
                .entries();
    }

    private static Comparator<TimelineEntry> newestFirst() {
        return Comparator.comparing((TimelineEntry e) -> e.date().start())
                .thenComparing(TimelineEntry::id)
                .reversed();
    }

    private static List<Long> ids(TimelinePage page) {
        return ids(page.entries());
    }

    private static List<Long> ids(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineEntry::id).toList();
    }
}
