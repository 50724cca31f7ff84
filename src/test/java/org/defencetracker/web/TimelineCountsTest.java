package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineFacets;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelineStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fast counts (monthly totals plus the edge months) equal what a plain count of the entries gives, for
 * whatever the database holds: the period-overlap rule included.
 */
@WebPageTest
@Import(TestRecords.class)
class TimelineCountsTest {

    @Autowired
    TimelineStatistics timeline;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRecords records;

    static List<TimelineFilter> filters() {
        return List.of(
                TimelineFilter.NONE,
                filter(null, null, Set.of(EntryKind.INCIDENT), null),
                filter(LocalDate.of(2025, 6, 15), null, Set.of(), null),
                filter(null, LocalDate.of(2025, 6, 10), Set.of(), null),
                filter(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31), Set.of(), null),
                filter(LocalDate.of(2025, 9, 14), LocalDate.of(2025, 9, 14), Set.of(EntryKind.ACT_STAGE), null),
                filter(LocalDate.of(2023, 3, 5), LocalDate.of(2023, 7, 9), Set.of(EntryKind.INCIDENT), null),
                filter(null, null, Set.of(EntryKind.STATEMENT, EntryKind.INCIDENT), "DENIED"),
                // With words every count comes from the entries, the facets of one filter in one pass.
                words(null, null, Set.of(), null, "drone"),
                words(null, null, Set.of(EntryKind.INCIDENT), null, "drone or decree"),
                words(LocalDate.of(2025, 6, 15), null, Set.of(), "DENIED", "drones"),
                words(null, null, Set.of(), null, "territorial -senate"));
    }

    private static TimelineFilter filter(LocalDate from, LocalDate to, Set<EntryKind> kinds, String attribution) {
        return new TimelineFilter(from, to, kinds, null, null, null, attribution, null);
    }

    private static TimelineFilter words(
            LocalDate from, LocalDate to, Set<EntryKind> kinds, String attribution, String words) {
        return new TimelineFilter(from, to, kinds, null, null, null, attribution, words);
    }

    @ParameterizedTest
    @MethodSource("filters")
    void countsAndFacetsEqualAPlainCountOfTheEntries(TimelineFilter filter) {
        if (filter.words() != null) {
            // The demo case holds these words: the comparison below is not between two empty sets.
            assertThat(timeline.count(filter)).isPositive();
        }
        assertThat(timeline.count(filter))
                .isEqualTo(plainCount(filter, "kind").values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        TimelineFacets facets = timeline.facets(filter);
        Map<String, Long> kinds = new HashMap<>();
        facets.kinds().forEach((k, n) -> kinds.put(k.name(), n));
        kinds.values().removeIf(n -> n == 0);
        assertThat(kinds).isEqualTo(plainCount(filter.withKinds(Set.of()), "kind"));
        assertThat(options(facets.regions()))
                .isEqualTo(withoutNull(plainCount(filter.withRegion(null), "region_code")));
        assertThat(options(facets.bodies())).isEqualTo(withoutNull(plainCount(filter.withBody(null), "body_id")));
        assertThat(options(facets.origins())).isEqualTo(withoutNull(plainCount(filter.withOrigin(null), "origin")));
        assertThat(facets.attributions())
                .isEqualTo(withoutNull(plainCount(filter.withAttribution(null), "attribution")));
    }

    @Test
    void theMonthlyCountsByKindAndAttributionFollowEveryWrite() {
        String key = "incident:"
                + records.incident(FuzzyDate.day(1986, 4, 26), TestRecords.uniqueWord())
                        .id();
        jdbc.sql("update timeline_entry set attribution = 'DENIED', date_on = '1986-05-02', date_end = '1986-05-02'"
                        + " where entry_key = :key")
                .param("key", key)
                .update();
        records.incident(FuzzyDate.month(1986, 5), TestRecords.uniqueWord());
        records.incident(FuzzyDate.year(1986), TestRecords.uniqueWord());
        jdbc.sql("delete from timeline_entry where entry_key = :key")
                .param("key", key)
                .update();

        String byKind = "select concat_ws(' ', on_month, end_month, kind, coalesce(attribution, '-'), n)"
                + " from timeline_month_kind_count where n > 0 order by 1";
        String fromEntries = "select concat_ws(' ', date_trunc('month', date_on)::date,"
                + " date_trunc('month', date_end)::date, kind, coalesce(attribution, '-'), count(*))"
                + " from timeline_entry group by date_trunc('month', date_on), date_trunc('month', date_end), kind,"
                + " attribution order by 1";
        List<String> counted = jdbc.sql(byKind).query(String.class).list();
        assertThat(counted).isNotEmpty().anyMatch(row -> row.startsWith("1986-05-01 1986-05-01 INCIDENT"));
        assertThat(counted).isEqualTo(jdbc.sql(fromEntries).query(String.class).list());
    }

    private Map<String, Long> plainCount(TimelineFilter f, String column) {
        StringBuilder sql =
                new StringBuilder("select " + column + "::text as k, count(*) as n from timeline_entry where true");
        Map<String, Object> params = new HashMap<>();
        if (f.from() != null) {
            sql.append(" and date_end >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" and date_on <= :to");
            params.put("to", f.to());
        }
        if (!f.kinds().isEmpty()) {
            sql.append(" and kind in (:kinds)");
            params.put("kinds", f.kinds().stream().map(Enum::name).toList());
        }
        if (f.attribution() != null) {
            sql.append(" and attribution = :attribution");
            params.put("attribution", f.attribution());
        }
        if (f.words() != null) {
            sql.append(" and words @@ search_query(:words)");
            params.put("words", f.words());
        }
        sql.append(" group by 1");
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }

    private static Map<String, Long> withoutNull(Map<String, Long> counts) {
        counts.remove(null);
        return counts;
    }

    private static Map<String, Long> options(List<TimelineFacets.Option> options) {
        Map<String, Long> counts = new HashMap<>();
        options.forEach(o -> counts.put(o.value(), o.count()));
        return counts;
    }
}
