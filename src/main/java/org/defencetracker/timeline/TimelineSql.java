package org.defencetracker.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A filter written as SQL: its conditions on the rows a statement reads and their named parameters. The timeline's
 * lists and its counts build their statements from it, so that a filter means the same in both.
 */
final class TimelineSql {

    /** An entry's columns, as {@link TimelineRows} reads them. */
    static final String COLUMNS = "e.id, e.entry_key, e.kind, e.subtype, e.date_on, e.date_precision, "
            + "e.date_approximate, e.title, e.title_key, e.title_args::text as title_args, e.summary, e.path, "
            + "e.body_id, e.body_name, e.region_code, e.origin, "
            + "e.attribution, e.recorded_at, e.region_name, e.latitude, e.longitude, e.geo_precision, "
            + "e.translations::text as translations";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private boolean walkDates;

    private TimelineSql() {}

    /**
     * The filter's conditions on the dimensions that the entries and the monthly counts share, on the table aliased
     * {@code alias} ("e." or "c.").
     */
    static TimelineSql dimensions(TimelineFilter filter, String alias) {
        TimelineSql sql = new TimelineSql();
        if (!filter.kinds().isEmpty()) {
            sql.and(
                    alias + "kind in (:kinds)",
                    "kinds",
                    filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.bodyId() != null) {
            sql.and(alias + "body_id = :bodyId", "bodyId", filter.bodyId());
        }
        if (filter.region() != null) {
            sql.and(alias + "region_code = :region", "region", filter.region());
        }
        if (filter.origin() != null) {
            sql.and(alias + "origin = :origin", "origin", filter.origin());
        }
        if (filter.attribution() != null) {
            sql.and(alias + "attribution = :attribution", "attribution", filter.attribution());
        }
        return sql;
    }

    /**
     * Every condition of the filter on the entries: its dimensions, its words, and its dates (an entry matches
     * [from, to] when its period overlaps it).
     */
    static TimelineSql entries(TimelineFilter filter) {
        return entries(filter, false, false);
    }

    /**
     * The entries' conditions; for frequent words, the words are a condition the words' index cannot answer, so
     * that a listing walks the date index and checks each entry (see {@link #ordered}). In a {@code listing}, the
     * end of each period is a condition the period index cannot answer either: see {@link #listing}.
     */
    private static TimelineSql entries(TimelineFilter filter, boolean frequentWords, boolean listing) {
        TimelineSql sql = dimensions(filter, "e.");
        sql.walkDates = frequentWords;
        if (filter.from() != null) {
            sql.and(listing ? "(e.date_end + 0) >= :from" : "e.date_end >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            sql.and("e.date_on <= :to", "to", filter.to());
        }
        if (hasWords(filter)) {
            // Web-search syntax ("a phrase", -word, or) against title and summary through the full-text index,
            // read in English, Russian and as exact words (see V9).
            sql.and(
                    frequentWords ? "(e.words @@ search_query(:words)) is true" : "e.words @@ search_query(:words)",
                    "words",
                    filter.words());
        }
        return sql;
    }

    /** The entries' conditions for a listing in date order, which may then walk the date index. */
    static TimelineSql listing(TimelineFilter filter) {
        return listing(filter, false);
    }

    /**
     * A listing for words that {@code frequentWords} says are frequent or rare. A range is listed by walking the
     * date index down from its end, which finds a page in its first rows. The period index would find every entry of
     * the range to sort them: the planner takes it when it guesses few, and it guesses few for recent ranges (it
     * multiplies "ends after from" by "starts before to" as if they were unrelated), 36 ms where the walk takes 1.
     */
    static TimelineSql listing(TimelineFilter filter, boolean frequentWords) {
        TimelineSql sql = entries(filter, frequentWords, true);
        if (filter.from() != null) {
            // Every period lies within one calendar year (a year-precision date is its whole year, see V32), so an
            // entry reaching from starts in from's year or later: this bound changes nothing but lets the date index
            // be walked from there, not from a year earlier.
            sql.and("e.date_on >= :fromYear", "fromYear", filter.from().withDayOfYear(1));
        }
        return sql;
    }

    static boolean hasWords(TimelineFilter filter) {
        return filter.words() != null && !filter.words().isBlank();
    }

    TimelineSql and(String condition) {
        conditions.add(condition);
        return this;
    }

    TimelineSql and(String condition, String name, Object value) {
        return and(condition).param(name, value);
    }

    TimelineSql param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The rows the filter reads, aliased {@code e}: see {@link TimelineRelation}. */
    String relation(TimelineFilter filter) {
        return TimelineRelation.of(filter, params);
    }

    /** " where a and b", or nothing without conditions. */
    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }

    /**
     * The order of a listing, as the planner should follow it. With rare words, the matching entries are found
     * through the words' index and then sorted: walking the date index while filtering by words reads the whole
     * timeline for a rare one (about 2 s on a million entries, where the words' index answers in milliseconds).
     * {@code e.date_on + 0} sorts the same but is not what the date index holds. With frequent words it is the
     * reverse (sorting a million matches to keep 20, where the date order finds them in the first rows), and the
     * words' condition keeps their index out instead.
     */
    String ordered(String order) {
        return params.containsKey("words") && !walkDates ? order.replace("e.date_on ", "(e.date_on + 0) ") : order;
    }
}
