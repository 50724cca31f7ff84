package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineSqlTest {

    private static final LocalDate FROM = LocalDate.of(2025, 6, 1);
    private static final LocalDate TO = LocalDate.of(2025, 9, 30);

    @Test
    void writesNothingForAFilterOfNothing() {
        TimelineSql sql = TimelineSql.listing(TimelineFilter.NONE);

        assertThat(sql.where()).isEmpty();
        assertThat(sql.params()).isEmpty();
        assertThat(sql.relation(TimelineFilter.NONE)).isEqualTo("timeline_entry e");
    }

    @Test
    void namesEachDimensionOnTheTableItIsAskedFor() {
        TimelineFilter filter =
                new TimelineFilter(null, null, Set.of(EntryKind.INCIDENT), 7L, "KZ-11", "RU", "CONFIRMED", null);

        TimelineSql counts = TimelineSql.dimensions(filter, "c.");

        assertThat(counts.where())
                .isEqualTo(" where c.kind in (:kinds) and c.body_id = :bodyId and c.region_code = :region"
                        + " and c.origin = :origin and c.attribution = :attribution");
        assertThat(counts.params())
                .containsEntry("kinds", List.of("INCIDENT"))
                .containsEntry("bodyId", 7L)
                .containsEntry("region", "KZ-11")
                .containsEntry("origin", "RU")
                .containsEntry("attribution", "CONFIRMED");
        assertThat(TimelineSql.dimensions(filter, "e.").where())
                .contains("e.kind in (:kinds)")
                .doesNotContain("c.");
    }

    @Test
    void matchesADateRangeByOverlapAndLetsAListingUseTheDateIndex() {
        TimelineFilter filter = TimelineFilter.NONE.withDates(FROM, TO);

        TimelineSql entries = TimelineSql.entries(filter);
        TimelineSql listing = TimelineSql.listing(filter);

        assertThat(entries.where()).isEqualTo(" where e.date_end >= :from and e.date_on <= :to");
        assertThat(entries.params()).containsEntry("from", FROM).containsEntry("to", TO);
        // Every period lies within its calendar year, so nothing starting before from's year can reach from.
        assertThat(listing.where()).endsWith(" and e.date_on >= :fromYear");
        assertThat(listing.params()).containsEntry("fromYear", FROM.withDayOfYear(1));
    }

    @Test
    void findsWordsThroughTheWordsIndexAndThenSortsByDate() {
        TimelineFilter words = new TimelineFilter(null, null, Set.of(), null, null, null, null, "drone -balloon");

        TimelineSql sql = TimelineSql.listing(words);

        assertThat(sql.where()).isEqualTo(" where e.words @@ search_query(:words)");
        assertThat(sql.params()).containsEntry("words", "drone -balloon");
        assertThat(sql.ordered("e.date_on desc, e.id desc")).isEqualTo("(e.date_on + 0) desc, e.id desc");
        assertThat(TimelineSql.listing(TimelineFilter.NONE).ordered("e.date_on desc, e.id desc"))
                .isEqualTo("e.date_on desc, e.id desc");
    }

    @Test
    void ignoresBlankWords() {
        TimelineFilter blank = new TimelineFilter(null, null, Set.of(), null, null, null, null, "  ");

        assertThat(TimelineSql.hasWords(blank)).isFalse();
        assertThat(TimelineSql.entries(blank).where()).isEmpty();
    }

    @Test
    void readsTheTimelineAsRecordedFromItsHistory() {
        Instant moment = Instant.parse("2025-09-15T00:00:00Z");
        TimelineFilter then = TimelineFilter.NONE.withRecordedAt(moment);
        TimelineSql sql = TimelineSql.entries(then);

        assertThat(sql.relation(then)).contains("from timeline_entry_history h").endsWith(") e");
        assertThat(sql.params()).containsEntry("recordedAt", moment.atOffset(ZoneOffset.UTC));
    }

    @Test
    void addsConditionsOfItsCallersWithTheirParameters() {
        TimelineSql sql = TimelineSql.dimensions(TimelineFilter.NONE, "c.")
                .and("c.n > 0")
                .and("c.on_month < :toMonth", "toMonth", TO.withDayOfMonth(1));

        assertThat(sql.where()).isEqualTo(" where c.n > 0 and c.on_month < :toMonth");
        assertThat(sql.params()).containsOnlyKeys("toMonth");
    }
}
