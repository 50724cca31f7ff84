package org.defencetracker.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.timeline.TimelineCounts.Dimension;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many entries a filter matches: in all, behind each option of each filter, and incidents month by month. */
@Service
@Transactional(readOnly = true)
public class TimelineStatistics {

    private final JdbcClient jdbc;
    private final TimelineCounts counts;

    TimelineStatistics(JdbcClient jdbc, TimelineCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /**
     * How many entries the filter matches (exact, from the monthly counts where it can); with words, at most
     * 10,001.
     */
    public long count(TimelineFilter filter) {
        return counts.total(filter);
    }

    /** The count behind every option of every filter, the other filters staying as they are. */
    public TimelineFacets facets(TimelineFilter filter) {
        // Each option is counted with the other filters as they are: the dimensions this filter does not narrow
        // share one filter, and are counted together.
        Map<TimelineFilter, List<Dimension>> byFilter = new LinkedHashMap<>();
        byFilter.computeIfAbsent(filter.withKinds(Set.of()), f -> new ArrayList<>())
                .add(Dimension.KIND);
        byFilter.computeIfAbsent(filter.withBody(null), f -> new ArrayList<>()).add(Dimension.BODY);
        byFilter.computeIfAbsent(filter.withRegion(null), f -> new ArrayList<>())
                .add(Dimension.REGION);
        byFilter.computeIfAbsent(filter.withOrigin(null), f -> new ArrayList<>())
                .add(Dimension.ORIGIN);
        byFilter.computeIfAbsent(filter.withAttribution(null), f -> new ArrayList<>())
                .add(Dimension.ATTRIBUTION);
        Map<Dimension, Map<String, Long>> counted = new EnumMap<>(Dimension.class);
        byFilter.forEach((narrowed, dimensions) -> counted.putAll(counts.countByEach(narrowed, dimensions)));

        Map<EntryKind, Long> kinds = new EnumMap<>(EntryKind.class);
        counted.get(Dimension.KIND).forEach((k, n) -> kinds.put(EntryKind.valueOf(k), n));
        // With words, the kinds are counted among the first matches of every kind: a chosen kind counts its own.
        long total = filter.kinds().isEmpty() || !TimelineSql.hasWords(filter)
                ? kinds.entrySet().stream()
                        .filter(e -> filter.kinds().isEmpty() || filter.kinds().contains(e.getKey()))
                        .mapToLong(Map.Entry::getValue)
                        .sum()
                : counts.total(filter);
        boolean estimated = TimelineSql.hasWords(filter) && total > TimelineCounts.LIMIT;
        Map<String, Long> bodies = withoutNull(counted.get(Dimension.BODY));
        Map<String, Long> regions = withoutNull(counted.get(Dimension.REGION));
        Map<Dimension, Map<String, String>> labels = labels(filter, bodies, regions);
        return new TimelineFacets(
                estimated ? TimelineCounts.LIMIT : total,
                kinds,
                options(bodies, labels.get(Dimension.BODY)),
                options(regions, labels.get(Dimension.REGION)),
                options(withoutNull(counted.get(Dimension.ORIGIN)), Map.of()),
                withoutNull(counted.get(Dimension.ATTRIBUTION)),
                estimated);
    }

    /**
     * Incidents of a filter counted by month and attribution status, for [from, to]; those whose date spans more
     * than a month (known only to the year) are counted apart, under the month their period starts in.
     */
    public List<MonthlyCount> incidentsByMonth(TimelineFilter filter, LocalDate from, LocalDate to) {
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(EntryKind.INCIDENT)) {
            return List.of();
        }
        TimelineFilter narrowed = filter.withKinds(Set.of(EntryKind.INCIDENT)).within(from, to);
        List<MonthlyCount> result = new ArrayList<>();
        counts.countBy(narrowed, Dimension.MONTH_AND_ATTRIBUTION).forEach((key, n) -> {
            String[] parts = key.split("\\|");
            LocalDate month = LocalDate.parse(parts[0]);
            boolean withinMonth = "M".equals(parts[2]);
            // A longer period overlapping the range counts even when it starts before it.
            boolean inRange = !month.isBefore(from.withDayOfMonth(1)) && !month.isAfter(to);
            if (n > 0 && (inRange || !withinMonth)) {
                result.add(new MonthlyCount(YearMonth.from(month), parts[1], withinMonth, n));
            }
        });
        result.sort(Comparator.comparing(MonthlyCount::month).thenComparing(MonthlyCount::attribution));
        return result;
    }

    private static Map<String, Long> withoutNull(Map<String, Long> counts) {
        Map<String, Long> kept = new LinkedHashMap<>(counts);
        kept.remove(null);
        kept.values().removeIf(n -> n == 0);
        return kept;
    }

    private static List<TimelineFacets.Option> options(Map<String, Long> counts, Map<String, String> labels) {
        return counts.entrySet().stream()
                .map(e -> new TimelineFacets.Option(
                        e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(TimelineFacets.Option::count)
                        .reversed()
                        .thenComparing(TimelineFacets.Option::label))
                .toList();
    }

    /**
     * The latest name written for each body and each region among the options, in one query: for each value, its
     * newest entry with a name, found through the column's index.
     */
    private Map<Dimension, Map<String, String>> labels(
            TimelineFilter filter, Map<String, Long> bodies, Map<String, Long> regions) {
        Map<Dimension, Map<String, String>> labels = new EnumMap<>(Dimension.class);
        labels.put(Dimension.BODY, new HashMap<>());
        labels.put(Dimension.REGION, new HashMap<>());
        Map<String, Object> params = new HashMap<>();
        List<String> parts = new ArrayList<>();
        if (!bodies.isEmpty()) {
            params.put("bodies", bodies.keySet().stream().map(Long::valueOf).toList());
            parts.add(latestName(Dimension.BODY, "array[:bodies]::bigint[]", "body_id", "body", filter, params));
        }
        if (!regions.isEmpty()) {
            params.put("regions", List.copyOf(regions.keySet()));
            parts.add(latestName(Dimension.REGION, "array[:regions]::text[]", "region_code", "region", filter, params));
        }
        if (parts.isEmpty()) {
            return labels;
        }
        params.put("language", LocaleContextHolder.getLocale().getLanguage());
        jdbc.sql(String.join(" union all ", parts)).params(params).query(rs -> {
            labels.get(Dimension.valueOf(rs.getString("d"))).put(rs.getString("v"), rs.getString("label"));
        });
        return labels;
    }

    /** The newest name of each value, in the reader's language where an entry holds it in that one. */
    private static String latestName(
            Dimension dimension,
            String values,
            String column,
            String named,
            TimelineFilter filter,
            Map<String, Object> params) {
        String english = "e." + named + "_name";
        return "select '" + dimension.name() + "' as d, v.value::text as v, l.label from unnest(" + values
                + ") as v(value) cross join lateral (select coalesce(e.translations -> '" + named
                + "' ->> :language, " + english + ") as label from " + TimelineRelation.of(filter, params)
                + " where e." + column + " = v.value and " + english
                + " is not null order by e.date_on desc, e.id desc limit 1) l";
    }
}
