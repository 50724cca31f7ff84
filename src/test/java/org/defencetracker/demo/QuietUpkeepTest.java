package org.defencetracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.defencetracker.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A generation pauses autovacuum on every table while it writes, then gives it back and vacuums once. */
@PostgresTest
class QuietUpkeepTest {

    @Autowired
    QuietUpkeep upkeep;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void autovacuumIsPausedWhileGeneratingAndGivenBackWithOneVacuumAfter() {
        List<String> tables = upkeep.pause();
        try {
            assertThat(tables).contains("airspace_incident", "timeline_entry", "search_document");
            assertThat(options("airspace_incident")).contains("autovacuum_enabled=false");
            assertThat(options("timeline_entry")).contains("autovacuum_enabled=false");
        } finally {
            upkeep.resume(tables);
        }

        assertThat(options("airspace_incident")).isNull();
        assertThat(options("timeline_entry")).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                + " where n.nspname = current_schema() and c.relkind = 'r' and c.reloptions is not null",
                        Integer.class))
                .as("tables left with options of their own")
                .isZero();
        jdbc.execute("select pg_stat_clear_snapshot()");
        assertThat(jdbc.queryForObject(
                        "select last_vacuum > now() - interval '5 minutes' from pg_stat_user_tables"
                                + " where relname = 'airspace_incident' and schemaname = current_schema()",
                        Boolean.class))
                .as("vacuumed at the end")
                .isTrue();
    }

    private String options(String table) {
        return jdbc.queryForObject(
                "select array_to_string(reloptions, ',') from pg_class where oid = ?::regclass", String.class, table);
    }
}
