package org.defencetracker.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the timeline read model that {@link TimelineWriter} keeps. Reading pages by keyset on (date, id): the
 * thousandth page costs what the first does.
 */
@Service
public class TimelineService {

    public static final int MAX_PAGE_SIZE = 200;

    private static final String COLUMNS = "e.id, e.entry_key, e.kind, e.subtype, e.date_on, e.date_precision, "
            + "e.date_approximate, e.title, e.summary, e.path, e.body_id, e.body_name, e.region_code, e.origin, "
            + "e.attribution, e.recorded_at, e.region_name, e.latitude, e.longitude, e.geo_precision";

    private final JdbcClient jdbc;
    private final TimelineCounts counts;

    TimelineService(JdbcClient jdbc, TimelineCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /** Newest first: the page after {@code older} (older entries), or, given {@code newer}, the page before. */
    @Transactional(readOnly = true)
    public TimelinePage page(TimelineFilter filter, TimelineCursor olderThan, TimelineCursor newerThan, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, params);
        boolean backwards = olderThan == null && newerThan != null;
        if (olderThan != null) {
            where.add("(e.date_on, e.id) < (:cursorDate, :cursorId)");
            params.put("cursorDate", olderThan.date());
            params.put("cursorId", olderThan.id());
        } else if (newerThan != null) {
            where.add("(e.date_on, e.id) > (:cursorDate, :cursorId)");
            params.put("cursorDate", newerThan.date());
            params.put("cursorId", newerThan.id());
        }
        String order = backwards ? "e.date_on asc, e.id asc" : "e.date_on desc, e.id desc";
        params.put("limit", size + 1);
        List<TimelineEntry> rows = query(TimelineRelation.of(filter, params), where, order, params, ":limit");
        boolean more = rows.size() > size;
        if (more) {
            rows = new ArrayList<>(rows.subList(0, size));
        }
        if (backwards) {
            rows = new ArrayList<>(rows);
            java.util.Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new TimelinePage(List.of(), null, null);
        }
        TimelineCursor first = TimelineCursor.of(rows.get(0));
        TimelineCursor last = TimelineCursor.of(rows.get(rows.size() - 1));
        boolean hasOlder = backwards ? exists(filter, "(e.date_on, e.id) < (:d, :i)", last) : more;
        boolean hasNewer = backwards
                ? more
                : (olderThan != null || newerThan != null) && exists(filter, "(e.date_on, e.id) > (:d, :i)", first);
        return new TimelinePage(withSources(filter, rows), hasNewer ? first : null, hasOlder ? last : null);
    }

    /**
     * Every entry of a filter with its citations, newest first as the pages list them, handed over one at a time
     * while the rows are read: one query whose rows come in chunks of {@link #STREAM_FETCH_SIZE} (PostgreSQL only
     * streams inside a transaction), so a whole timeline is exported in constant memory. Runs in a read-only
     * transaction of its own, which the caller must not hold open for anything else.
     */
    @Transactional(readOnly = true)
    public void each(TimelineFilter filter, java.util.function.Consumer<TimelineChange> action) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, params);
        jdbc.sql("select " + COLUMNS + ", e.updated_at, " + sourcesColumn(filter) + " from "
                        + TimelineRelation.of(filter, params) + whereClause(where)
                        + " order by e.date_on desc, e.id desc")
                .params(params)
                .withFetchSize(STREAM_FETCH_SIZE)
                .query(rs -> {
                    action.accept(change(rs));
                });
    }

    /** The entries of a filter last recorded or changed, newest change first, at most {@code limit}: a feed. */
    @Transactional(readOnly = true)
    public List<TimelineChange> latestChanges(TimelineFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, params);
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + ", e.updated_at, " + sourcesColumn(filter) + " from "
                        + TimelineRelation.of(filter, params) + whereClause(where)
                        + " order by coalesce(e.updated_at, e.recorded_at) desc, e.id desc limit :limit")
                .params(params)
                .query((rs, n) -> change(rs))
                .list();
    }

    static final int STREAM_FETCH_SIZE = 500;

    private static final tools.jackson.databind.json.JsonMapper SOURCES = new tools.jackson.databind.json.JsonMapper();

    /** An entry's citations as one JSON array per row, so that streaming needs no second query. */
    private static String sourcesColumn(TimelineFilter filter) {
        return filter.isAsRecorded()
                ? "e.sources::text as sources_json"
                : "coalesce((select jsonb_agg(jsonb_build_object('publisher', s.publisher, 'title', s.title,"
                        + " 'url', s.url, 'published', s.published) order by s.position)"
                        + " from timeline_entry_source s where s.entry_id = e.id), '[]'::jsonb)::text as sources_json";
    }

    private static TimelineChange change(ResultSet rs) throws SQLException {
        List<Citation> sources = new ArrayList<>();
        String json = rs.getString("sources_json");
        if (json != null) {
            for (tools.jackson.databind.JsonNode item : SOURCES.readTree(json)) {
                sources.add(new Citation(
                        text(item, "publisher"), text(item, "title"), text(item, "url"), text(item, "published")));
            }
        }
        java.sql.Timestamp updated = rs.getTimestamp("updated_at");
        TimelineEntry entry = map(rs, sources);
        return new TimelineChange(entry, updated == null ? entry.recordedAt() : updated.toInstant());
    }

    private static String text(tools.jackson.databind.JsonNode item, String field) {
        tools.jackson.databind.JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /**
     * The entries of a filter whose periods overlap [from, to], oldest first, at most {@code limit}: what the visual
     * timeline draws for its window.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> window(TimelineFilter filter, LocalDate from, LocalDate to, int limit) {
        TimelineFilter narrowed = filter.withDates(
                filter.from() == null || filter.from().isBefore(from) ? from : filter.from(),
                filter.to() == null || filter.to().isAfter(to) ? to : filter.to());
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(narrowed, params);
        params.put("limit", limit);
        return query(TimelineRelation.of(narrowed, params), where, "e.date_on asc, e.id asc", params, ":limit");
    }

    /**
     * Incidents of a filter counted by month and attribution status, for [from, to]; those whose date spans more
     * than a month (known only to the year) are counted apart, under the month their period starts in.
     */
    @Transactional(readOnly = true)
    public List<MonthlyCount> incidentsByMonth(TimelineFilter filter, LocalDate from, LocalDate to) {
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(EntryKind.INCIDENT)) {
            return List.of();
        }
        TimelineFilter narrowed = filter.withKinds(Set.of(EntryKind.INCIDENT))
                .withDates(
                        filter.from() == null || filter.from().isBefore(from) ? from : filter.from(),
                        filter.to() == null || filter.to().isAfter(to) ? to : filter.to());
        List<MonthlyCount> result = new ArrayList<>();
        counts.countBy(narrowed, TimelineCounts.Dimension.MONTH_AND_ATTRIBUTION).forEach((key, n) -> {
            String[] parts = key.split("\\|");
            LocalDate month = LocalDate.parse(parts[0]);
            boolean withinMonth = "M".equals(parts[2]);
            // A longer period overlapping the range counts even when it starts before it.
            boolean inRange = !month.isBefore(from.withDayOfMonth(1)) && !month.isAfter(to);
            if (n > 0 && (inRange || !withinMonth)) {
                result.add(new MonthlyCount(java.time.YearMonth.from(month), parts[1], withinMonth, n));
            }
        });
        result.sort(java.util.Comparator.comparing(MonthlyCount::month).thenComparing(MonthlyCount::attribution));
        return result;
    }

    /** The newest incidents of a filter, at most {@code limit}: what the map draws. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> incidents(TimelineFilter filter, int limit) {
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(EntryKind.INCIDENT)) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter.withKinds(Set.of(EntryKind.INCIDENT)), params);
        params.put("limit", limit);
        return query(TimelineRelation.of(filter, params), where, "e.date_on desc, e.id desc", params, ":limit");
    }

    /** The date of the newest entry of a filter, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<LocalDate> newestDate(TimelineFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, params);
        return jdbc.sql("select e.date_on from " + TimelineRelation.of(filter, params) + whereClause(where)
                        + " order by " + ordered("e.date_on desc, e.id desc", params) + " limit 1")
                .params(params)
                .query(LocalDate.class)
                .optional();
    }

    /**
     * The entries now stored under these keys, without their citations: what a module compares with what it would
     * write, so that only entries that really change are written again (and show as changed in feeds and history).
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> stored(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from timeline_entry e where e.entry_key in (:keys)")
                .param("keys", keys)
                .query((rs, n) -> map(rs, List.of()))
                .list();
    }

    /** Entries of the given kinds whose period overlaps [from, to], oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> near(LocalDate from, LocalDate to, Set<EntryKind> kinds, int limit) {
        TimelineFilter filter = new TimelineFilter(from, to, kinds, null, null, null, null, null);
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, params);
        params.put("limit", limit);
        return withSources(
                filter, query(TimelineRelation.of(filter, params), where, "e.date_on asc, e.id asc", params, ":limit"));
    }

    /** The newest entries that involve a body (it issued the act, made the statement, received the mandate). */
    @Transactional(readOnly = true)
    public List<TimelineEntry> ofBody(long bodyId, Set<EntryKind> kinds, int limit) {
        TimelineFilter filter = new TimelineFilter(null, null, kinds, bodyId, null, null, null, null);
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, params);
        params.put("limit", limit);
        return withSources(
                filter,
                query(TimelineRelation.of(filter, params), where, "e.date_on desc, e.id desc", params, ":limit"));
    }

    /** How many entries the filter matches (exact, from the monthly counts where it can). */
    @Transactional(readOnly = true)
    public long count(TimelineFilter filter) {
        return counts.total(filter);
    }

    /** The count behind every option of every filter, the other filters staying as they are. */
    @Transactional(readOnly = true)
    public TimelineFacets facets(TimelineFilter filter) {
        // Each option is counted with the other filters as they are: the dimensions this filter does not narrow
        // share one filter, and are counted together.
        Map<TimelineFilter, List<TimelineCounts.Dimension>> byFilter = new LinkedHashMap<>();
        byFilter.computeIfAbsent(filter.withKinds(Set.of()), f -> new ArrayList<>())
                .add(TimelineCounts.Dimension.KIND);
        byFilter.computeIfAbsent(filter.withBody(null), f -> new ArrayList<>()).add(TimelineCounts.Dimension.BODY);
        byFilter.computeIfAbsent(filter.withRegion(null), f -> new ArrayList<>())
                .add(TimelineCounts.Dimension.REGION);
        byFilter.computeIfAbsent(filter.withOrigin(null), f -> new ArrayList<>())
                .add(TimelineCounts.Dimension.ORIGIN);
        byFilter.computeIfAbsent(filter.withAttribution(null), f -> new ArrayList<>())
                .add(TimelineCounts.Dimension.ATTRIBUTION);
        Map<TimelineCounts.Dimension, Map<String, Long>> counted =
                new java.util.EnumMap<>(TimelineCounts.Dimension.class);
        byFilter.forEach((narrowed, dimensions) -> counted.putAll(counts.countByEach(narrowed, dimensions)));

        Map<EntryKind, Long> kinds = new java.util.EnumMap<>(EntryKind.class);
        counted.get(TimelineCounts.Dimension.KIND).forEach((k, n) -> kinds.put(EntryKind.valueOf(k), n));
        long total = kinds.entrySet().stream()
                .filter(e -> filter.kinds().isEmpty() || filter.kinds().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
        Map<String, Long> bodies = withoutNull(counted.get(TimelineCounts.Dimension.BODY));
        Map<String, Long> regions = withoutNull(counted.get(TimelineCounts.Dimension.REGION));
        Map<String, Long> origins = withoutNull(counted.get(TimelineCounts.Dimension.ORIGIN));
        Map<String, Long> attributions = withoutNull(counted.get(TimelineCounts.Dimension.ATTRIBUTION));
        return new TimelineFacets(
                total,
                kinds,
                options(bodies, labels(filter, "body_id", "body_name", bodies.keySet())),
                options(regions, labels(filter, "region_code", "region_name", regions.keySet())),
                options(origins, Map.of()),
                attributions);
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
                .sorted(java.util.Comparator.comparing(TimelineFacets.Option::count)
                        .reversed()
                        .thenComparing(TimelineFacets.Option::label))
                .toList();
    }

    /** The latest name written for each value (a body's or a region's), found through the column's index. */
    private Map<String, String> labels(
            TimelineFilter filter, String column, String labelColumn, Collection<String> values) {
        if (values.isEmpty()) {
            return Map.of();
        }
        Map<String, String> labels = new HashMap<>();
        boolean numeric = "body_id".equals(column);
        for (String value : values) {
            Map<String, Object> params = new HashMap<>();
            String relation = TimelineRelation.of(filter, params);
            params.put("value", numeric ? (Object) Long.valueOf(value) : value);
            jdbc.sql("select e." + labelColumn + " from " + relation + " where e." + column + " = :value and e."
                            + labelColumn + " is not null order by e.date_on desc, e.id desc limit 1")
                    .params(params)
                    .query(String.class)
                    .optional()
                    .ifPresent(label -> labels.put(value, label));
        }
        return labels;
    }

    private boolean exists(TimelineFilter filter, String condition, TimelineCursor cursor) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, params);
        where.add(condition);
        params.put("d", cursor.date());
        params.put("i", cursor.id());
        return jdbc.sql("select exists (select 1 from " + TimelineRelation.of(filter, params) + whereClause(where)
                        + ")")
                .params(params)
                .query(Boolean.class)
                .single();
    }

    private List<String> conditions(TimelineFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add("e.date_end >= :from");
            params.put("from", filter.from());
            // No period is longer than a year, so this bound changes nothing but lets the date index be used.
            where.add("e.date_on > :fromLessAYear");
            params.put("fromLessAYear", filter.from().minusYears(1));
        }
        if (filter.to() != null) {
            where.add("e.date_on <= :to");
            params.put("to", filter.to());
        }
        if (!filter.kinds().isEmpty()) {
            where.add("e.kind in (:kinds)");
            params.put("kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.bodyId() != null) {
            where.add("e.body_id = :bodyId");
            params.put("bodyId", filter.bodyId());
        }
        if (filter.region() != null) {
            where.add("e.region_code = :region");
            params.put("region", filter.region());
        }
        if (filter.origin() != null) {
            where.add("e.origin = :origin");
            params.put("origin", filter.origin());
        }
        if (filter.attribution() != null) {
            where.add("e.attribution = :attribution");
            params.put("attribution", filter.attribution());
        }
        if (filter.words() != null && !filter.words().isBlank()) {
            where.addAll(wordConditions(filter.words(), params));
        }
        return where;
    }

    /**
     * Words in web-search syntax ({@code "a phrase"}, {@code -word}, {@code or}) matched against the entry's title
     * and summary through the full-text index, read in English, Russian and as exact words (see V9).
     */
    static List<String> wordConditions(String words, Map<String, Object> params) {
        params.put("words", words);
        return List.of("e.words @@ search_query(:words)");
    }

    private static String whereClause(List<String> where) {
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /**
     * The order of a page, as the planner should follow it. With words, the matching entries are found through the
     * words' index and then sorted: the planner cannot tell how rare a word is, and walking the date index while
     * filtering by words reads the whole timeline for a rare one (about 2 s on a million entries, where the words'
     * index answers in milliseconds). {@code e.date_on + 0} sorts the same but is not what the date index holds.
     */
    private static String ordered(String order, Map<String, Object> params) {
        return params.containsKey("words") ? order.replace("e.date_on ", "(e.date_on + 0) ") : order;
    }

    private List<TimelineEntry> query(
            String relation, List<String> where, String order, Map<String, Object> params, String limit) {
        return jdbc.sql("select " + COLUMNS + " from " + relation + whereClause(where) + " order by "
                        + ordered(order, params) + " limit " + limit)
                .params(params)
                .query((rs, n) -> map(rs, List.of()))
                .list();
    }

    /** The entries with their citations: as they are now, or as they were held at the filter's moment. */
    private List<TimelineEntry> withSources(TimelineFilter filter, List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, List<Citation>> byEntry = new LinkedHashMap<>();
        Map<String, Object> params = new HashMap<>();
        params.put("ids", entries.stream().map(TimelineEntry::id).toList());
        String sql = filter.isAsRecorded()
                ? "select e.id as entry_id, s.item ->> 'publisher' as publisher, s.item ->> 'title' as title,"
                        + " s.item ->> 'url' as url, s.item ->> 'published' as published from "
                        + TimelineRelation.of(filter, params)
                        + " cross join lateral jsonb_array_elements(e.sources) with ordinality as s(item, position)"
                        + " where e.id in (:ids) order by e.id, s.position"
                : "select entry_id, publisher, title, url, published from timeline_entry_source"
                        + " where entry_id in (:ids) order by entry_id, position";
        jdbc.sql(sql).params(params).query(rs -> {
            byEntry.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>())
                    .add(new Citation(
                            rs.getString("publisher"),
                            rs.getString("title"),
                            rs.getString("url"),
                            rs.getString("published")));
        });
        return entries.stream()
                .map(e -> new TimelineEntry(
                        e.id(),
                        e.key(),
                        e.kind(),
                        e.subtype(),
                        e.date(),
                        e.title(),
                        e.summary(),
                        e.path(),
                        e.bodyId(),
                        e.bodyName(),
                        e.place(),
                        e.origin(),
                        e.attribution(),
                        List.copyOf(byEntry.getOrDefault(e.id(), List.of())),
                        e.recordedAt()))
                .toList();
    }

    private static TimelineEntry map(ResultSet rs, Collection<Citation> sources) throws SQLException {
        Date on = rs.getDate("date_on");
        return new TimelineEntry(
                rs.getLong("id"),
                rs.getString("entry_key"),
                EntryKind.valueOf(rs.getString("kind")),
                rs.getString("subtype"),
                new FuzzyDate(
                        on.toLocalDate(),
                        DatePrecision.valueOf(rs.getString("date_precision")),
                        rs.getBoolean("date_approximate")),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("path"),
                (Long) rs.getObject("body_id", Long.class),
                rs.getString("body_name"),
                place(rs),
                rs.getString("origin"),
                rs.getString("attribution"),
                List.copyOf(sources),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Place place(ResultSet rs) throws SQLException {
        String region = rs.getString("region_code");
        String precision = rs.getString("geo_precision");
        if (region == null && precision == null) {
            return null;
        }
        return new Place(
                region,
                rs.getString("region_name"),
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                precision);
    }
}
