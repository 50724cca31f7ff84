package org.defencetracker.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many records a list holds, where that is cheap to say: counted exactly while a table is small, and above
 * {@value #COUNTED_UP_TO} rows taken from the planner's statistics (the row count ANALYZE last saw, archived records
 * included), marked as an estimate. Counting a million rows on every page of a list would cost more than the page.
 */
@Component
public class ListTotals {

    /** Tables the planner thinks smaller than this are counted. */
    static final long COUNTED_UP_TO = 10_000;

    /** The tables of records that lists show; each has {@code archived_at}. */
    public enum Listed {
        ACTS("legal_act"),
        BODIES("government_body"),
        INCIDENTS("airspace_incident"),
        SOURCES("source");

        private final String table;

        Listed(String table) {
            this.table = table;
        }
    }

    /** A list's size, exact or estimated. */
    public record Total(long count, boolean estimated) {}

    private final JdbcClient jdbc;

    ListTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records of {@code list} in the lists (not archived), or an estimate of its size. */
    public Total of(Listed list) {
        // -1 when the table was never analysed, which a new, small table may not have been.
        double planned = jdbc.sql("select reltuples from pg_class where oid = cast(:table as regclass)")
                .param("table", list.table)
                .query(Double.class)
                .single();
        if (planned >= COUNTED_UP_TO) {
            return new Total(Math.round(planned), true);
        }
        long counted = jdbc.sql("select count(*) from " + list.table + " where archived_at is null")
                .query(Long.class)
                .single();
        return new Total(counted, false);
    }
}
