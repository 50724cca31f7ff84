package org.defencetracker.timeline;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the timeline read model. Modules call it inside their own transaction, so an entry exists exactly when its
 * record does.
 */
@Service
public class TimelineWriter {

    private static final Place NOWHERE = new Place(null, null, null, null, null);

    /**
     * The entries whose key starts with {@code :prefix}, as a range of the keys in byte order up to {@code :after}
     * (the prefix with its last character raised by one), which the index {@code ix_timeline_entry_key_bytes}
     * serves; a LIKE under the database's own collation cannot use an index and reads the whole timeline.
     */
    static final String WITH_PREFIX = "entry_key collate \"C\" >= :prefix and entry_key collate \"C\" < :after";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TimelineTitles titles;

    TimelineWriter(JdbcClient jdbc, JdbcTemplate batches, TimelineTitles titles) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.titles = titles;
    }

    /**
     * Adds the entry, or changes the one with the same key; an entry that would not change is not written at all, so
     * that it keeps its {@code updated_at} and its citation rows, and feeds ordered by change do not show it again.
     * Answers whether the entry was added or changed.
     */
    @Transactional
    public boolean record(TimelineEntryDraft draft) {
        boolean citationsChanged = jdbc.sql("select id from timeline_entry where entry_key = :key")
                .param("key", draft.key())
                .query(Long.class)
                .optional()
                .map(id -> !citations(id).equals(draft.sources()))
                .orElse(true);
        Optional<Long> written = upsert(draft, citationsChanged);
        if (citationsChanged) {
            writeCitations(written.orElseThrow(), draft.sources());
        }
        return written.isPresent();
    }

    /**
     * Makes the entries whose key starts with {@code keyPrefix} ("act-stage:12:") the drafts: each is recorded as by
     * {@link #record}, and the others with that prefix are removed. An entry that stays keeps its id and
     * {@code recorded_at}.
     */
    @Transactional
    public void replace(String keyPrefix, List<TimelineEntryDraft> drafts) {
        for (TimelineEntryDraft draft : drafts) {
            if (!draft.key().startsWith(keyPrefix)) {
                throw new IllegalArgumentException(draft.key() + " does not start with " + keyPrefix);
            }
        }
        drafts.forEach(this::record);
        if (drafts.isEmpty()) {
            removeByKeyPrefix(keyPrefix);
            return;
        }
        jdbc.sql("delete from timeline_entry where " + WITH_PREFIX + " and entry_key not in (:keys)")
                .param("prefix", keyPrefix)
                .param("after", after(keyPrefix))
                .param("keys", drafts.stream().map(TimelineEntryDraft::key).toList())
                .update();
    }

    /** Inserts the entry or updates it where it differs (or its citations do); answers its id when it wrote. */
    private Optional<Long> upsert(TimelineEntryDraft draft, boolean citationsChanged) {
        return jdbc.sql("""
                        insert into timeline_entry (entry_key, kind, subtype, date_on, date_end, date_precision,
                            date_approximate, title, title_key, title_args, summary, path, body_id, body_name,
                            region_code, origin, attribution, region_name, latitude, longitude, geo_precision,
                            translations)
                        values (:key, :kind, :subtype, :on, :end, :precision, :approximate, :title, :titleKey,
                            cast(:titleArgs as jsonb), :summary, :path, :bodyId, :bodyName, :region, :origin,
                            :attribution, :regionName, :latitude, :longitude, :geoPrecision,
                            cast(:translations as jsonb))
                        on conflict (entry_key) do update set kind = excluded.kind, subtype = excluded.subtype,
                            date_on = excluded.date_on, date_end = excluded.date_end,
                            date_precision = excluded.date_precision, date_approximate = excluded.date_approximate,
                            title = excluded.title, title_key = excluded.title_key,
                            title_args = excluded.title_args, summary = excluded.summary, path = excluded.path,
                            body_id = excluded.body_id, body_name = excluded.body_name,
                            region_code = excluded.region_code, origin = excluded.origin,
                            attribution = excluded.attribution, region_name = excluded.region_name,
                            latitude = excluded.latitude, longitude = excluded.longitude,
                            geo_precision = excluded.geo_precision, translations = excluded.translations,
                            updated_at = now()
                        where cast(:citationsChanged as boolean)
                            or (timeline_entry.kind, timeline_entry.subtype, timeline_entry.date_on,
                                timeline_entry.date_end, timeline_entry.date_precision, timeline_entry.date_approximate,
                                timeline_entry.title, timeline_entry.title_key, timeline_entry.title_args,
                                timeline_entry.summary, timeline_entry.path,
                                timeline_entry.body_id, timeline_entry.body_name, timeline_entry.region_code,
                                timeline_entry.origin, timeline_entry.attribution, timeline_entry.region_name,
                                timeline_entry.latitude, timeline_entry.longitude, timeline_entry.geo_precision,
                                timeline_entry.translations)
                            is distinct from (excluded.kind, excluded.subtype, excluded.date_on, excluded.date_end,
                                excluded.date_precision, excluded.date_approximate, excluded.title,
                                excluded.title_key, excluded.title_args, excluded.summary,
                                excluded.path, excluded.body_id, excluded.body_name, excluded.region_code,
                                excluded.origin, excluded.attribution, excluded.region_name, excluded.latitude,
                                excluded.longitude, excluded.geo_precision, excluded.translations)
                        returning id
                        """)
                .param("key", draft.key())
                .param("kind", draft.kind().name())
                .param("subtype", draft.subtype())
                .param("on", draft.date().start())
                .param("end", draft.date().end())
                .param("precision", draft.date().precision().name())
                .param("approximate", draft.date().approximate())
                .param("title", englishTitle(draft))
                .param("titleKey", draft.title().key())
                .param("titleArgs", TimelineTitles.json(draft.title()))
                .param("summary", truncate(draft.summary(), 1000))
                .param("path", draft.path())
                .param("bodyId", draft.bodyId())
                .param("bodyName", draft.bodyName())
                .param("region", place(draft).regionCode())
                .param("regionName", place(draft).regionName())
                .param("latitude", place(draft).latitude())
                .param("longitude", place(draft).longitude())
                .param("geoPrecision", place(draft).precision())
                .param("origin", draft.origin())
                .param("attribution", draft.attribution())
                .param("translations", draft.translations().json())
                .param("citationsChanged", citationsChanged)
                .query(Long.class)
                .optional();
    }

    private List<Citation> citations(long entryId) {
        return jdbc.sql("""
                        select publisher, title, url, published from timeline_entry_source
                         where entry_id = :id order by position
                        """).param("id", entryId).query(Citation.class).list();
    }

    private void writeCitations(long entryId, List<Citation> citations) {
        jdbc.sql("delete from timeline_entry_source where entry_id = :id")
                .param("id", entryId)
                .update();
        int position = 0;
        for (Citation citation : citations) {
            jdbc.sql("""
                            insert into timeline_entry_source (entry_id, position, publisher, title, url, published)
                            values (:id, :position, :publisher, :title, :url, :published)
                            """)
                    .param("id", entryId)
                    .param("position", position++)
                    .param("publisher", citation.publisher())
                    .param("title", citation.title())
                    .param("url", citation.url())
                    .param("published", citation.published())
                    .update();
        }
    }

    /**
     * Adds many new entries at once (bulk imports, generated test data): identifiers are taken from the sequence in
     * one query, entries are written in JDBC batches and their citations in one statement. Keys must not exist yet.
     */
    @Transactional
    public void recordNew(List<TimelineEntryDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql(
                        "select nextval(pg_get_serial_sequence('timeline_entry', 'id')) from generate_series(1, :n)")
                .param("n", drafts.size())
                .query(Long.class)
                .list();
        List<Object[]> entries = new ArrayList<>(drafts.size());
        List<Object[]> citations = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            TimelineEntryDraft d = drafts.get(i);
            long id = ids.get(i);
            entries.add(new Object[] {
                id,
                d.key(),
                d.kind().name(),
                d.subtype(),
                Date.valueOf(d.date().start()),
                Date.valueOf(d.date().end()),
                d.date().precision().name(),
                d.date().approximate(),
                englishTitle(d),
                d.title().key(),
                TimelineTitles.json(d.title()),
                truncate(d.summary(), 1000),
                d.path(),
                d.bodyId(),
                d.bodyName(),
                place(d).regionCode(),
                d.origin(),
                d.attribution(),
                place(d).regionName(),
                place(d).latitude(),
                place(d).longitude(),
                place(d).precision(),
                d.translations().json()
            });
            int position = 0;
            for (Citation c : d.sources()) {
                citations.add(new Object[] {id, position++, c.publisher(), c.title(), c.url(), c.published()});
            }
        }
        batches.batchUpdate("""
                insert into timeline_entry (id, entry_key, kind, subtype, date_on, date_end, date_precision,
                    date_approximate, title, title_key, title_args, summary, path, body_id, body_name, region_code,
                    origin, attribution, region_name, latitude, longitude, geo_precision, translations)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """, entries);
        if (citations.isEmpty()) {
            return;
        }
        // One statement for all citations: the trigger that keeps their history runs once per statement, and a
        // statement per row would run it (and plan it anew) for every citation.
        batches.update(
                """
                insert into timeline_entry_source (entry_id, position, publisher, title, url, published)
                select * from unnest(cast(? as bigint[]), cast(? as smallint[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]))
                """,
                column(citations, 0, Long[]::new),
                column(citations, 1, Integer[]::new),
                column(citations, 2, String[]::new),
                column(citations, 3, String[]::new),
                column(citations, 4, String[]::new),
                column(citations, 5, String[]::new));
    }

    /** One column of rows, as an array to bind. */
    @SuppressWarnings("unchecked")
    private static <T> T[] column(List<Object[]> rows, int index, IntFunction<T[]> array) {
        return rows.stream().map(row -> (T) row[index]).toArray(array);
    }

    /** Removes the entry with exactly this key ("incident:12"), if there is one: its record left the timeline. */
    @Transactional
    public void remove(String key) {
        jdbc.sql("delete from timeline_entry where entry_key = :key")
                .param("key", key)
                .update();
    }

    /** Removes the entries whose key starts with the given prefix ("act-stage:12:"), e.g. when stages change. */
    @Transactional
    public void removeByKeyPrefix(String prefix) {
        jdbc.sql("delete from timeline_entry where " + WITH_PREFIX)
                .param("prefix", prefix)
                .param("after", after(prefix))
                .update();
    }

    /** The first text after every text that starts with {@code prefix}, in byte order. */
    static String after(String prefix) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("a key prefix is not empty");
        }
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
    }

    /** The title in English, kept beside its key for the word filter and the history. */
    private String englishTitle(TimelineEntryDraft draft) {
        return truncate(titles.compose(draft.title(), Locale.ENGLISH).text(), 500);
    }

    private static Place place(TimelineEntryDraft draft) {
        return draft.place() == null ? NOWHERE : draft.place();
    }

    private static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
