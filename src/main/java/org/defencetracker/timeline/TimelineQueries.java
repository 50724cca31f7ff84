package org.defencetracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.defencetracker.shared.WordFrequency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the timeline: pages, lists and the stream of a whole filter. Pages are read by keyset on (date, id), so the
 * thousandth page costs what the first does.
 */
@Service
@Transactional(readOnly = true)
public class TimelineQueries {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    static final int STREAM_FETCH_SIZE = 500;

    static final String NEWEST_FIRST = "e.date_on desc, e.id desc";
    private static final String OLDEST_FIRST = "e.date_on asc, e.id asc";

    private final JdbcClient jdbc;
    private final TimelineTitles titles;
    private final WordFrequency frequency;

    TimelineQueries(JdbcClient jdbc, TimelineTitles titles, WordFrequency frequency) {
        this.jdbc = jdbc;
        this.titles = titles;
        this.frequency = frequency;
    }

    /** Newest first: the page after {@code older} (older entries), or, given {@code newer}, the page before. */
    public TimelinePage page(TimelineFilter filter, TimelineCursor olderThan, TimelineCursor newerThan, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        TimelineSql sql = listing(filter);
        boolean backwards = olderThan == null && newerThan != null;
        if (olderThan != null) {
            after(sql, "<", olderThan);
        } else if (newerThan != null) {
            after(sql, ">", newerThan);
        }
        List<TimelineEntry> rows =
                new ArrayList<>(list(filter, sql, backwards ? OLDEST_FIRST : NEWEST_FIRST, size + 1));
        boolean more = rows.size() > size;
        if (more) {
            rows = new ArrayList<>(rows.subList(0, size));
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new TimelinePage(List.of(), null, null);
        }
        TimelineCursor first = TimelineCursor.of(rows.get(0));
        TimelineCursor last = TimelineCursor.of(rows.get(rows.size() - 1));
        boolean hasOlder = backwards ? exists(filter, "<", last) : more;
        boolean hasNewer = backwards ? more : (olderThan != null || newerThan != null) && exists(filter, ">", first);
        return new TimelinePage(withSources(filter, rows), hasNewer ? first : null, hasOlder ? last : null);
    }

    /**
     * Every entry of a filter with its citations, newest first as the pages list them, handed over one at a time
     * while the rows are read: one query whose rows come in chunks of {@link #STREAM_FETCH_SIZE} (PostgreSQL only
     * streams inside a transaction), so a whole timeline is exported in constant memory. Runs in a read-only
     * transaction of its own, which the caller must not hold open for anything else.
     */
    public void each(TimelineFilter filter, Consumer<TimelineChange> action) {
        TimelineSql sql = TimelineSql.listing(filter);
        jdbc.sql(changes(filter, sql) + " order by " + NEWEST_FIRST)
                .params(sql.params())
                .withFetchSize(STREAM_FETCH_SIZE)
                .query(rs -> {
                    action.accept(TimelineRows.change(rs, titles));
                });
    }

    /**
     * The entries of a filter last recorded or changed, newest change first, at most {@code limit}: a feed. An entry's
     * {@code updated_at} is set when it is recorded and again when it changes, so the feed walks the index on it
     * ({@code ix_timeline_changed}) and stops after {@code limit} rows; with words, the matching entries are found
     * through their index and sorted instead, as in {@link TimelineSql#ordered}.
     */
    public List<TimelineChange> latestChanges(TimelineFilter filter, int limit) {
        TimelineSql sql = TimelineSql.listing(filter).param("limit", limit);
        return jdbc.sql(latestChanges(filter, sql))
                .params(sql.params())
                .query((rs, n) -> TimelineRows.change(rs, titles))
                .list();
    }

    /**
     * The entries of a filter whose periods overlap [from, to], oldest first, at most {@code limit}: what the visual
     * timeline draws for its window.
     */
    public List<TimelineEntry> window(TimelineFilter filter, LocalDate from, LocalDate to, int limit) {
        TimelineFilter narrowed = filter.within(from, to);
        return list(narrowed, listing(narrowed), OLDEST_FIRST, limit);
    }

    /** The newest incidents of a filter, at most {@code limit}: what the map draws. */
    public List<TimelineEntry> incidents(TimelineFilter filter, int limit) {
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(EntryKind.INCIDENT)) {
            return List.of();
        }
        TimelineFilter incidents = filter.withKinds(Set.of(EntryKind.INCIDENT));
        return list(incidents, listing(incidents), NEWEST_FIRST, limit);
    }

    /** The date of the newest entry of a filter, if any. */
    public Optional<LocalDate> newestDate(TimelineFilter filter) {
        TimelineSql sql = listing(filter);
        return jdbc.sql("select e.date_on from " + sql.relation(filter) + sql.where() + " order by "
                        + sql.ordered(NEWEST_FIRST) + " limit 1")
                .params(sql.params())
                .query(LocalDate.class)
                .optional();
    }

    /**
     * The entries now stored under these keys, without their citations: what a module compares with what it would
     * write, so that only entries that really change are written again (and show as changed in feeds and history).
     */
    public List<TimelineEntry> stored(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + TimelineSql.COLUMNS + " from timeline_entry e where e.entry_key in (:keys)")
                .param("keys", keys)
                .query((rs, n) -> TimelineRows.entry(rs, titles))
                .list();
    }

    /** Entries of the given kinds whose period overlaps [from, to], oldest first. */
    public List<TimelineEntry> near(LocalDate from, LocalDate to, Set<EntryKind> kinds, int limit) {
        TimelineFilter filter = new TimelineFilter(from, to, kinds, null, null, null, null, null);
        return withSources(filter, list(filter, TimelineSql.listing(filter), OLDEST_FIRST, limit));
    }

    /** The first {@link EntriesNear#SHOWN} entries of the given kinds whose period overlaps [from, to]. */
    public EntriesNear around(LocalDate from, LocalDate to, Set<EntryKind> kinds) {
        List<TimelineEntry> entries = near(from, to, kinds, EntriesNear.SHOWN + 1);
        boolean more = entries.size() > EntriesNear.SHOWN;
        return new EntriesNear(more ? entries.subList(0, EntriesNear.SHOWN) : entries, more, from, to, kinds);
    }

    /** The newest entries that involve a body (it issued the act, made the statement, received the mandate). */
    public List<TimelineEntry> ofBody(long bodyId, Set<EntryKind> kinds, int limit) {
        TimelineFilter filter = new TimelineFilter(null, null, kinds, bodyId, null, null, null, null);
        return withSources(filter, list(filter, TimelineSql.listing(filter), NEWEST_FIRST, limit));
    }

    /** Narrows to the entries before ("<") or after (">") a cursor in the timeline's order. */
    private static TimelineSql after(TimelineSql sql, String direction, TimelineCursor cursor) {
        return sql.and("(e.date_on, e.id) " + direction + " (:cursorDate, :cursorId)")
                .param("cursorDate", cursor.date())
                .param("cursorId", cursor.id());
    }

    private boolean exists(TimelineFilter filter, String direction, TimelineCursor cursor) {
        TimelineSql sql = after(listing(filter), direction, cursor);
        return jdbc.sql("select exists (select 1 from " + sql.relation(filter) + sql.where() + ")")
                .params(sql.params())
                .query(Boolean.class)
                .single();
    }

    /** The feed's statement, given the filter's conditions and a {@code limit} parameter. */
    static String latestChanges(TimelineFilter filter, TimelineSql sql) {
        String changed = TimelineSql.hasWords(filter) ? "(e.updated_at + interval '0 seconds')" : "e.updated_at";
        return changes(filter, sql) + " order by " + changed + " desc, e.id desc limit :limit";
    }

    private static String changes(TimelineFilter filter, TimelineSql sql) {
        return "select " + TimelineSql.COLUMNS + ", e.updated_at, " + TimelineRows.sourcesColumn(filter) + " from "
                + sql.relation(filter) + TimelineRows.sourcesJoin(filter) + sql.where();
    }

    /**
     * The filter's conditions for a listing in date order, planned by how common its words are: frequent words
     * walk the date order, rare ones their index (see {@link TimelineSql#ordered}).
     */
    TimelineSql listing(TimelineFilter filter) {
        boolean frequent = TimelineSql.hasWords(filter)
                && !filter.isAsRecorded()
                && frequency.isFrequent(WordFrequency.Scope.TIMELINE, filter.words());
        return TimelineSql.listing(filter, frequent);
    }

    /** The statement listing a filter's entries in an order, at most {@code :limit} of them. */
    static String listQuery(TimelineFilter filter, TimelineSql sql, String order) {
        return "select " + TimelineSql.COLUMNS + " from " + sql.relation(filter) + sql.where() + " order by "
                + sql.ordered(order) + " limit :limit";
    }

    private List<TimelineEntry> list(TimelineFilter filter, TimelineSql sql, String order, int limit) {
        sql.param("limit", limit);
        return jdbc.sql(listQuery(filter, sql, order))
                .params(sql.params())
                .query((rs, n) -> TimelineRows.entry(rs, titles))
                .list();
    }

    /** The entries with their citations: as they are now, or as they were held at the filter's moment. */
    private List<TimelineEntry> withSources(TimelineFilter filter, List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
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
        Map<Long, List<Citation>> byEntry = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            byEntry.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>())
                    .add(TimelineRows.citation(rs));
        });
        return entries.stream()
                .map(e -> e.withSources(byEntry.getOrDefault(e.id(), List.of())))
                .toList();
    }
}
