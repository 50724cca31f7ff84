package org.defencetracker.config.web;

import java.time.Duration;
import org.defencetracker.config.DefenceTrackerProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The data's version as readers who have not signed in see it: read from the database at most once in
 * {@code defence-tracker.readers-lag}. While writes arrive many times a second, their pages are then made once per
 * lag instead of once per write, and a change reaches them at most that much later. Signed-in readers are not served
 * from here: they always see the data as it is.
 */
@Component
class ReadersVersion {

    private record Read(long version, long nanos) {}

    private final JdbcClient jdbc;
    private final long lag;
    private volatile Read last;

    @Autowired
    ReadersVersion(JdbcClient jdbc, DefenceTrackerProperties properties) {
        this(jdbc, properties.readersLag());
    }

    ReadersVersion(JdbcClient jdbc, Duration lag) {
        this.jdbc = jdbc;
        this.lag = lag.toNanos();
    }

    long current() {
        Read read = last;
        long now = System.nanoTime();
        if (read == null || now - read.nanos() >= lag) {
            read = new Read(
                    jdbc.sql("select version from data_version")
                            .query(Long.class)
                            .single(),
                    now);
            last = read;
        }
        return read.version();
    }

    /** The longest a change takes to reach these readers. */
    Duration lag() {
        return Duration.ofNanos(lag);
    }
}
