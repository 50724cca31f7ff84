package org.defencetracker.incident;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.defencetracker.shared.Countries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes many new incidents in JDBC batches, for imports and generated test data: one incident at a time through
 * JPA would take minutes for a few hundred thousand.
 */
@Component
class IncidentBulkWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final RegionRepository regions;

    IncidentBulkWriter(JdbcClient jdbc, JdbcTemplate batches, RegionRepository regions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.regions = regions;
    }

    /** Inserts the incidents and answers their ids, in the same order. */
    List<Long> insert(List<RecordIncident> commands) {
        Map<String, Region> known = regions.findAll().stream()
                .collect(Collectors.toMap(r -> r.view().code(), Function.identity()));
        for (RecordIncident c : commands) {
            if (c.regionCode() != null && !known.containsKey(c.regionCode())) {
                throw new IllegalArgumentException("unknown region " + c.regionCode());
            }
            if (!Countries.isKnown(c.country())) {
                throw new IllegalArgumentException("unknown country code " + c.country());
            }
        }
        List<Long> ids = jdbc.sql(
                        "select nextval(pg_get_serial_sequence('airspace_incident', 'id')) from generate_series(1, :n)")
                .param("n", commands.size())
                .query(Long.class)
                .list();
        List<Object[]> rows = new ArrayList<>(commands.size());
        List<Object[]> citations = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            RecordIncident c = commands.get(i);
            rows.add(new Object[] {
                ids.get(i),
                c.kind().name(),
                c.title().strip(),
                Date.valueOf(c.date().start()),
                c.date().precision().name(),
                c.date().approximate(),
                c.country(),
                c.regionCode(),
                c.place(),
                c.latitude(),
                c.longitude(),
                c.geoPrecision().name(),
                c.objectsCount(),
                c.objectsNote(),
                c.response().name(),
                c.description()
            });
            for (Long source : c.sourceIds()) {
                citations.add(new Object[] {ids.get(i), source});
            }
        }
        batches.batchUpdate("""
                insert into airspace_incident (id, kind, title, date_on, date_precision, date_approximate, country,
                    region_code, place, latitude, longitude, geo_precision, objects_count, objects_note, response,
                    description)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        batches.batchUpdate("insert into incident_source (incident_id, source_id) values (?, ?)", citations);
        return ids;
    }

    RegionView region(String code) {
        return code == null ? null : regions.findById(code).map(Region::view).orElse(null);
    }
}
