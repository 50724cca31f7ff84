package org.defencetracker.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts of timeline entries, exact and fast at any size. Whole months come from {@code timeline_month_count}
 * (kept by a trigger); only the months at the edges of a date range are counted in the entries themselves. With
 * words in the filter every count comes from the entries.
 *
 * <p>An entry matches [from, to] when its period overlaps it: {@code date_end >= from and date_on <= to}. Counted
 * by month, that is certain when the entry ends in a month after from's and starts in a month before to's; the
 * rest of the matches end in from's month, or start in to's month without ending in from's, and are checked one
 * by one.
 *
 * <p>The monthly counts are kept for the timeline as it is now; the timeline as recorded at a past moment is
 * counted in its rows, like a filter with words.
 *
 * <p>The totals and facets of a filter with words are counted among its first {@link #LIMIT} + 1 matches only (in
 * whatever order the database finds them): a word every entry holds would otherwise be counted in a million rows
 * on every page. A count that reaches {@link #LIMIT} is therefore a lower bound, shown as "10,000+".
 */
@Component
class TimelineCounts {

    /** A dimension to group by: its column in both tables. */
    enum Dimension {
        KIND("c.kind", "e.kind"),
        BODY("c.body_id", "e.body_id"),
        REGION("c.region_code", "e.region_code"),
        ORIGIN("c.origin", "e.origin"),
        ATTRIBUTION("c.attribution", "e.attribution"),
        /**
         * "2025-06-01|CONFIRMED|M": month of the entry's date, its attribution status, and M when the date lies
         * within that month or Y when it spans more (a date known only to the year).
         */
        MONTH_AND_ATTRIBUTION(
                "c.on_month::text || '|' || coalesce(c.attribution, 'UNKNOWN') || '|'"
                        + " || case when c.on_month = c.end_month then 'M' else 'Y' end",
                "date_trunc('month', e.date_on)::date::text || '|' || coalesce(e.attribution, 'UNKNOWN') || '|'"
                        + " || case when date_trunc('month', e.date_on) = date_trunc('month', e.date_end)"
                        + " then 'M' else 'Y' end");

        final String countExpression;
        final String entryExpression;

        Dimension(String countExpression, String entryExpression) {
            this.countExpression = countExpression;
            this.entryExpression = entryExpression;
        }
    }

    /** Counts with words are exact up to this many entries. */
    static final int LIMIT = 10_000;

    private final JdbcClient jdbc;

    TimelineCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts grouped by a dimension; keys are the column's values as text (null for entries without one). */
    Map<String, Long> countBy(TimelineFilter filter, Dimension dimension) {
        return countBy(filter, dimension, false);
    }

    /** Counts grouped by a dimension, among the first matches only when {@code bounded} and there are words. */
    private Map<String, Long> countBy(TimelineFilter filter, Dimension dimension, boolean bounded) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (countsEntries(filter)) {
            TimelineSql entries = TimelineSql.entries(filter);
            add(counts, groupQuery(matches(filter, entries, bounded), dimension.entryExpression, "count(*)", entries));
            return counts;
        }
        // Certain matches, by whole months.
        TimelineSql months = TimelineSql.dimensions(filter, "c.").and("c.n > 0");
        if (filter.from() != null) {
            months.and("c.end_month > :fromMonth", "fromMonth", month(filter.from()));
        }
        if (filter.to() != null) {
            months.and("c.on_month < :toMonth", "toMonth", month(filter.to()));
        }
        add(
                counts,
                groupQuery("timeline_month_count c" + months.where(), dimension.countExpression, "sum(c.n)", months));
        // Matches at the edges, one by one: those ending in from's month, then those starting in to's month (and
        // not ending in from's). Two range queries, each on its own index, rather than one scan for an "or".
        if (filter.from() != null) {
            TimelineSql edge = TimelineSql.dimensions(filter, "e.")
                    .and("e.date_end >= :from", "from", filter.from())
                    .and(
                            "e.date_end < :fromMonthNext",
                            "fromMonthNext",
                            month(filter.from()).plusMonths(1));
            if (filter.to() != null) {
                edge.and("e.date_on <= :to", "to", filter.to());
            }
            add(counts, groupQuery("timeline_entry e" + edge.where(), dimension.entryExpression, "count(*)", edge));
        }
        if (filter.to() != null) {
            TimelineSql edge = TimelineSql.dimensions(filter, "e.")
                    .and("e.date_on >= :toMonth", "toMonth", month(filter.to()))
                    .and("e.date_on <= :to", "to", filter.to());
            if (filter.from() != null) {
                edge.and(
                        "e.date_end >= :fromMonthNext",
                        "fromMonthNext",
                        month(filter.from()).plusMonths(1));
            }
            add(counts, groupQuery("timeline_entry e" + edge.where(), dimension.entryExpression, "count(*)", edge));
        }
        return counts;
    }

    private static LocalDate month(LocalDate day) {
        return YearMonth.from(day).atDay(1);
    }

    /**
     * Counts grouped by each of several dimensions, under one filter. Where the counts come from the entries (a
     * filter with words, say a million entries holding a common word), the matching entries are read once for all
     * the dimensions rather than once for each.
     */
    Map<Dimension, Map<String, Long>> countByEach(TimelineFilter filter, List<Dimension> dimensions) {
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        if (!countsEntries(filter) || dimensions.size() < 2) {
            dimensions.forEach(d -> counts.put(d, countBy(filter, d, true)));
            return counts;
        }
        dimensions.forEach(d -> counts.put(d, new LinkedHashMap<>()));
        TimelineSql entries = TimelineSql.entries(filter);
        // Each entry once, as one (dimension, value) row per dimension.
        String values = dimensions.stream()
                .map(d -> "('" + d.name() + "', (" + d.entryExpression + ")::text)")
                .collect(Collectors.joining(", "));
        String sql = "select v.d, v.k, count(*) as n from " + matches(filter, entries, true)
                + " cross join lateral (values " + values + ") as v(d, k) group by v.d, v.k";
        jdbc.sql(sql).params(entries.params()).query(rs -> {
            counts.get(Dimension.valueOf(rs.getString("d"))).merge(rs.getString("k"), rs.getLong("n"), Long::sum);
        });
        return counts;
    }

    /**
     * The entries meeting the conditions, as a relation aliased {@code e}: with words and {@code bounded}, only the first
     * {@link #LIMIT} + 1 the database finds (through the words' index for rare words, in table order for frequent
     * ones, as the planner sees fit).
     */
    private static String matches(TimelineFilter filter, TimelineSql entries, boolean bounded) {
        String limit = bounded && TimelineSql.hasWords(filter) ? " limit " + (LIMIT + 1) : "";
        return "(select e.* from " + entries.relation(filter) + entries.where() + limit + ") e";
    }

    /** Whether the filter is counted from its entries, not from the monthly totals. */
    private static boolean countsEntries(TimelineFilter filter) {
        return filter.isAsRecorded() || TimelineSql.hasWords(filter);
    }

    /** How many entries the filter matches; with words, at most {@link #LIMIT} + 1. */
    long total(TimelineFilter filter) {
        return countBy(filter, Dimension.KIND, true).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Grouped counts of the rows {@code from} names (with its conditions), whose parameters {@code sql} holds. */
    private List<Object[]> groupQuery(String from, String expression, String aggregate, TimelineSql conditions) {
        String sql = "select (" + expression + ")::text as k, " + aggregate + " as n from " + from + " group by 1";
        return jdbc.sql(sql)
                .params(conditions.params())
                .query((rs, i) -> new Object[] {rs.getString("k"), rs.getLong("n")})
                .list();
    }

    private static void add(Map<String, Long> counts, List<Object[]> rows) {
        for (Object[] row : rows) {
            counts.merge((String) row[0], (Long) row[1], Long::sum);
        }
    }
}
