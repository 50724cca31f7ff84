package org.defencetracker.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.Translated;
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
     * An entry's citations as one JSON array per row, so that streaming needs no second query: as they were held at
     * the filter's moment, or as they are now, which the entry's current version in the history holds already (its
     * triggers keep it so, see {@code R__keep_timeline_entry_history.sql}). Joined with {@link #sourcesJoin}: a whole
     * export then joins two tables once instead of gathering each entry's citations apart (16 s of a million-entry
     * export's database time, 4 s joined).
     */
    static String sourcesColumn(TimelineFilter filter) {
        return filter.isAsRecorded()
                ? "e.sources::text as sources_json"
                : "coalesce(current_version.sources, '[]'::jsonb)::text as sources_json";
    }

    /** What {@link #sourcesColumn} reads from besides the entries, after {@code from} and their relation. */
    static String sourcesJoin(TimelineFilter filter) {
        return filter.isAsRecorded()
                ? ""
                : " left join timeline_entry_history current_version on current_version.entry_id = e.id"
                        + " and current_version.recorded_to is null";
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
        Locale locale = LocaleContextHolder.getLocale();
        Translated title =
                titles.compose(rs.getString("title_key"), rs.getString("title_args"), rs.getString("title"), locale);
        EntryTranslations translations = EntryTranslations.read(rs.getString("translations"));
        Translated summary = EntryTranslations.with(rs.getString("summary"), translations.summary())
                .in(locale);
        return new TimelineEntry(
                rs.getLong("id"),
                rs.getString("entry_key"),
                EntryKind.valueOf(rs.getString("kind")),
                rs.getString("subtype"),
                new FuzzyDate(
                        on.toLocalDate(),
                        DatePrecision.valueOf(rs.getString("date_precision")),
                        rs.getBoolean("date_approximate")),
                title.text(),
                summary.text(),
                rs.getString("path"),
                rs.getObject("body_id", Long.class),
                EntryTranslations.with(rs.getString("body_name"), translations.body())
                        .in(locale)
                        .text(),
                place(
                        rs,
                        EntryTranslations.with(rs.getString("region_name"), translations.region())
                                .in(locale)),
                rs.getString("origin"),
                rs.getString("attribution"),
                List.copyOf(sources),
                rs.getTimestamp("recorded_at").toInstant(),
                title.fallback(),
                summary.fallback());
    }

    private static Place place(ResultSet rs, Translated regionName) throws SQLException {
        String region = rs.getString("region_code");
        String precision = rs.getString("geo_precision");
        if (region == null && precision == null) {
            return null;
        }
        return new Place(
                region, regionName.text(), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), precision);
    }
}
