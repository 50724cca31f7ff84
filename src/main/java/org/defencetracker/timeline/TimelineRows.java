package org.defencetracker.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads timeline entries from rows of {@link TimelineSql#COLUMNS}, their titles in the reader's language. */
final class TimelineRows {

    private static final JsonMapper SOURCES = new JsonMapper();

    private TimelineRows() {}

    /** An entry without its citations. */
    static TimelineEntry entry(ResultSet rs, TimelineTitles titles) throws SQLException {
        return entry(rs, titles, List.of());
    }

    /**
     * An entry's citations as one JSON array per row, so that streaming needs no second query: as they are now, or
     * as they were held at the filter's moment.
     */
    static String sourcesColumn(TimelineFilter filter) {
        return filter.isAsRecorded()
                ? "e.sources::text as sources_json"
                : "coalesce((select jsonb_agg(jsonb_build_object('publisher', s.publisher, 'title', s.title,"
                        + " 'url', s.url, 'published', s.published) order by s.position)"
                        + " from timeline_entry_source s where s.entry_id = e.id), '[]'::jsonb)::text as sources_json";
    }

    /** An entry with its citations from {@link #sourcesColumn} and the moment it was last written. */
    static TimelineChange change(ResultSet rs, TimelineTitles titles) throws SQLException {
        List<Citation> sources = new ArrayList<>();
        String json = rs.getString("sources_json");
        if (json != null) {
            for (JsonNode item : SOURCES.readTree(json)) {
                sources.add(new Citation(
                        text(item, "publisher"), text(item, "title"), text(item, "url"), text(item, "published")));
            }
        }
        Timestamp updated = rs.getTimestamp("updated_at");
        TimelineEntry entry = entry(rs, titles, sources);
        return new TimelineChange(entry, updated == null ? entry.recordedAt() : updated.toInstant());
    }

    /** A citation from a row of publisher, title, url and published. */
    static Citation citation(ResultSet rs) throws SQLException {
        return new Citation(
                rs.getString("publisher"), rs.getString("title"), rs.getString("url"), rs.getString("published"));
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static TimelineEntry entry(ResultSet rs, TimelineTitles titles, List<Citation> sources)
            throws SQLException {
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
                titles.compose(
                        rs.getString("title_key"),
                        rs.getString("title_args"),
                        rs.getString("title"),
                        LocaleContextHolder.getLocale()),
                rs.getString("summary"),
                rs.getString("path"),
                rs.getObject("body_id", Long.class),
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
