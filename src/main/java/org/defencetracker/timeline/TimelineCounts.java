package org.defencetracker.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts of timeline entries, exact and fast at any size. Whole months come from {@code timeline_month_count}, or
 * from {@code timeline_month_kind_count} where kinds and attributions are all a count needs (both kept by a
 * trigger); only the months at the edges of a date range are counted in the entries themselves. With
 * words in the filter every count comes from the entries.
 *
 * <p>The entries of the edge months are counted from the date indexes alone, which hold every dimension's column.
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
        KIND("c.kind", "e.kind", true),
        BODY("c.body_id", "e.body_id", false),
        REGION("c.region_code", "e.region_code", false),
        ORIGIN("c.origin", "e.origin", false),
        ATTRIBUTION("c.attribution", "e.attribution", true),
        /**
         * "2025-06-01|CONFIRMED|M": month of the entry's date, its attribution status, and M when the date lies
         * within that month or Y when it spans more (a date known only to the year).
         */
        MONTH_AND_ATTRIBUTION(
                "c.on_month::text || '|' || coalesce(c.attribution, 'UNKNOWN') || '|'"
                        + " || case when c.on_month = c.end_month then 'M' else 'Y' end",
                "date_trunc('month', e.date_on)::date::text || '|' || coalesce(e.attribution, 'UNKNOWN') || '|'"
                        + " || case when date_trunc('month', e.date_on) = date_trunc('month', e.date_end)"
                        + " then 'M' else 'Y' end",
                true);

        final String countExpression;
        final String entryExpression;
        /** Whether the monthly counts by kind and attribution alone hold it. */
        final boolean byKindAndAttribution;

        Dimension(String countExpression, String entryExpression, boolean byKindAndAttribution) {
            this.countExpression = countExpression;
            this.entryExpression = entryExpression;
            this.byKindAndAttribution = byKindAndAttribution;
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
        return countByEach(filter, List.of(dimension), false).get(dimension);
    }

    /**
     * Counts grouped by each of several dimensions, under one filter; with words, among its first matches only.
     * Each source of counts (the monthly totals, each edge month, or the matching entries) is read once for all the
     * dimensions, as one (dimension, value) row per dimension of each row read, rather than once for each.
     */
    Map<Dimension, Map<String, Long>> countByEach(TimelineFilter filter, List<Dimension> dimensions) {
        return countByEach(filter, dimensions, true);
    }

    private Map<Dimension, Map<String, Long>> countByEach(
            TimelineFilter filter, List<Dimension> dimensions, boolean bounded) {
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        dimensions.forEach(d -> counts.put(d, new LinkedHashMap<>()));
        for (Statement statement : statements(filter, dimensions, bounded)) {
            jdbc.sql(statement.sql()).params(statement.params()).query(rs -> {
                long n = rs.getLong("n");
                counts.get(Dimension.valueOf(rs.getString("d"))).merge(rs.getString("k"), n, Long::sum);
            });
        }
        return counts;
    }

    /** A statement that counts, with its parameters: rows of (dimension {@code d}, value {@code k}, count {@code n}). */
    record Statement(String sql, Map<String, Object> params) {}

    /**
     * The statements that count a filter by several dimensions, one for each source of counts (the monthly totals,
     * each edge month, or the matching entries), each reading its rows once for all the dimensions: the rows'
     * values of every dimension are grouped by grouping sets, one set a dimension.
     */
    List<Statement> statements(TimelineFilter filter, List<Dimension> dimensions, boolean bounded) {
        List<Statement> statements = new ArrayList<>();
        for (Part part : parts(filter, dimensions, bounded)) {
            List<String> keys = new ArrayList<>();
            List<String> sets = new ArrayList<>();
            StringBuilder which = new StringBuilder("case");
            StringBuilder value = new StringBuilder("case");
            for (int i = 0; i < dimensions.size(); i++) {
                Dimension d = dimensions.get(i);
                keys.add("(" + (part.monthly() ? d.countExpression : d.entryExpression) + ")::text as k" + i);
                sets.add("(g.k" + i + ")");
                which.append(" when grouping(g.k")
                        .append(i)
                        .append(") = 0 then '")
                        .append(d.name())
                        .append("'");
                value.append(" when grouping(g.k")
                        .append(i)
                        .append(") = 0 then g.k")
                        .append(i);
            }
            String sql = "select " + which + " end as d, " + value + " end as k, "
                    + (part.monthly() ? "sum(g.n)" : "count(*)") + " as n from (select " + String.join(", ", keys)
                    + (part.monthly() ? ", c.n" : "") + " from " + part.relation() + part.where() + ") g"
                    + " group by grouping sets (" + String.join(", ", sets) + ")";
            statements.add(new Statement(sql, part.conditions().params()));
        }
        return statements;
    }

    /** One source of counts: a relation, its conditions ({@code where}) and their parameters. */
    private record Part(String relation, String where, boolean monthly, TimelineSql conditions) {}

    /**
     * Where the filter's counts come from: its matching entries when it has words or looks at the past, else the
     * monthly totals of the months certainly inside its dates and the entries of its edge months one by one: those
     * ending in from's month, then those starting in to's month (and not ending in from's). Two range queries, each
     * on its own index, rather than one scan for an "or".
     */
    private static List<Part> parts(TimelineFilter filter, List<Dimension> dimensions, boolean bounded) {
        if (countsEntries(filter)) {
            TimelineSql entries = TimelineSql.entries(filter);
            return List.of(new Part(matches(filter, entries, bounded), "", false, entries));
        }
        List<Part> parts = new ArrayList<>();
        TimelineSql months = TimelineSql.dimensions(filter, "c.").and("c.n > 0");
        if (filter.from() != null) {
            // No period is longer than its year, so one that ends after from's month starts in from's year or later:
            // the monthly counts' index is read from there.
            months.and("c.end_month > :fromMonth", "fromMonth", month(filter.from()))
                    .and("c.on_month >= :fromYear", "fromYear", filter.from().withDayOfYear(1));
        }
        if (filter.to() != null) {
            months.and("c.on_month < :toMonth", "toMonth", month(filter.to()));
        }
        parts.add(new Part(monthlyCounts(filter, dimensions) + " c", months.where(), true, months));
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
            parts.add(new Part("timeline_entry e", edge.where(), false, edge));
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
            parts.add(new Part("timeline_entry e", edge.where(), false, edge));
        }
        return parts;
    }

    /**
     * The monthly counts to read: by kind and attribution alone (a few dozen rows a year) when neither the filter
     * nor the dimensions name a body, a region or an origin, else those of every dimension (thousands a year).
     */
    private static String monthlyCounts(TimelineFilter filter, List<Dimension> dimensions) {
        boolean coarse = filter.bodyId() == null
                && filter.region() == null
                && filter.origin() == null
                && dimensions.stream().allMatch(d -> d.byKindAndAttribution);
        return coarse ? "timeline_month_kind_count" : "timeline_month_count";
    }

    private static LocalDate month(LocalDate day) {
        return YearMonth.from(day).atDay(1);
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
        return countByEach(filter, List.of(Dimension.KIND), true).get(Dimension.KIND).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
