package org.defencetracker.timeline;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the timeline read model. Writers call {@link #record} inside their own transaction, so an entry exists
 * exactly when its record does; {@link TimelineQueries} and {@link TimelineStatistics} read it.
 */
@Service
public class TimelineService {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    TimelineService(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Adds the entry, or replaces the one with the same key. */
    @Transactional
    public void record(TimelineEntryDraft draft) {
        long id = jdbc.sql("""
                        insert into timeline_entry (entry_key, kind, subtype, date_on, date_end, date_precision,
                            date_approximate, title, summary, path, body_id, body_name, region_code, origin, attribution,
                            region_name, latitude, longitude, geo_precision)
                        values (:key, :kind, :subtype, :on, :end, :precision, :approximate, :title, :summary, :path,
                            :bodyId, :bodyName, :region, :origin, :attribution, :regionName, :latitude, :longitude,
                            :geoPrecision)
                        on conflict (entry_key) do update set kind = excluded.kind, subtype = excluded.subtype,
                            date_on = excluded.date_on, date_end = excluded.date_end,
                            date_precision = excluded.date_precision, date_approximate = excluded.date_approximate,
                            title = excluded.title, summary = excluded.summary, path = excluded.path,
                            body_id = excluded.body_id, body_name = excluded.body_name,
                            region_code = excluded.region_code, origin = excluded.origin,
                            attribution = excluded.attribution, region_name = excluded.region_name,
                            latitude = excluded.latitude, longitude = excluded.longitude,
                            geo_precision = excluded.geo_precision, updated_at = now()
                        returning id
                        """)
                .param("key", draft.key())
                .param("kind", draft.kind().name())
                .param("subtype", draft.subtype())
                .param("on", draft.date().start())
                .param("end", draft.date().end())
                .param("precision", draft.date().precision().name())
                .param("approximate", draft.date().approximate())
                .param("title", truncate(draft.title(), 500))
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
                .query(Long.class)
                .single();
        jdbc.sql("delete from timeline_entry_source where entry_id = :id")
                .param("id", id)
                .update();
        int position = 0;
        for (Citation citation : draft.sources()) {
            jdbc.sql("""
                            insert into timeline_entry_source (entry_id, position, publisher, title, url, published)
                            values (:id, :position, :publisher, :title, :url, :published)
                            """)
                    .param("id", id)
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
     * one query and rows are written in JDBC batches. Keys must not exist yet.
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
                truncate(d.title(), 500),
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
                place(d).precision()
            });
            int position = 0;
            for (Citation c : d.sources()) {
                citations.add(new Object[] {id, position++, c.publisher(), c.title(), c.url(), c.published()});
            }
        }
        batches.batchUpdate("""
                insert into timeline_entry (id, entry_key, kind, subtype, date_on, date_end, date_precision,
                    date_approximate, title, summary, path, body_id, body_name, region_code, origin, attribution,
                    region_name, latitude, longitude, geo_precision)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, entries);
        batches.batchUpdate("""
                insert into timeline_entry_source (entry_id, position, publisher, title, url, published)
                values (?, ?, ?, ?, ?, ?)
                """, citations);
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
        jdbc.sql("delete from timeline_entry where entry_key like :prefix escape '\\'")
                .param(
                        "prefix",
                        prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .update();
    }

    private static final Place NOWHERE = new Place(null, null, null, null, null);

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
