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
                c.description(),
                c.translations().titleRu(),
                c.translations().titleKk(),
                c.translations().descriptionRu(),
                c.translations().descriptionKk()
            });
            for (Long source : c.sourceIds()) {
                citations.add(new Object[] {ids.get(i), source});
            }
        }
        batches.batchUpdate("""
                insert into airspace_incident (id, kind, title, date_on, date_precision, date_approximate, country,
                    region_code, place, latitude, longitude, geo_precision, objects_count, objects_note, response,
                    description, title_ru, title_kk, description_ru, description_kk)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        batches.batchUpdate("insert into incident_source (incident_id, source_id) values (?, ?)", citations);
        return ids;
    }

    RegionView region(String code) {
        return code == null ? null : regions.findById(code).map(Region::view).orElse(null);
    }

    /** Gives incidents the ids they have where they were imported from. */
    void externalIds(Map<Long, String> byIncident) {
        List<Object[]> rows = new ArrayList<>(byIncident.size());
        byIncident.forEach((id, external) -> rows.add(new Object[] {external, id}));
        batches.batchUpdate("update airspace_incident set external_id = ? where id = ?", rows);
    }

    /** The external ids of those of {@code ids} that have one, by incident. */
    Map<Long, String> externalIdsOf(List<Long> ids) {
        Map<Long, String> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select id, external_id from airspace_incident where id in (:ids) and external_id is not null")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> found.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return found;
    }

    /** The incidents, by their external id, of those among {@code externalIds} on record. */
    Map<String, Long> withExternalIds(List<String> externalIds) {
        Map<String, Long> found = new java.util.HashMap<>();
        for (int from = 0; from < externalIds.size(); from += 1000) {
            jdbc.sql("select external_id, id from airspace_incident where external_id in (:ids)")
                    .param("ids", externalIds.subList(from, Math.min(externalIds.size(), from + 1000)))
                    .query((rs, n) -> found.put(rs.getString(1), rs.getLong(2)))
                    .list();
        }
        return found;
    }

    /** The incidents on record titled as one of {@code titles} (compared in lower case), with their keys. */
    List<Recorded> titled(List<String> titles) {
        List<Recorded> found = new ArrayList<>();
        for (int from = 0; from < titles.size(); from += 1000) {
            found.addAll(jdbc.sql("""
                            select id, kind, lower(btrim(title)), date_on, date_precision, region_code
                              from airspace_incident where lower(btrim(title)) in (:titles)
                            """)
                    .param("titles", titles.subList(from, Math.min(titles.size(), from + 1000)))
                    .query((rs, n) -> new Recorded(
                            rs.getLong(1),
                            rs.getString(2) + "|" + rs.getString(3) + "|"
                                    + rs.getDate(4).toLocalDate() + "|" + rs.getString(5) + "|" + rs.getString(6)))
                    .list());
        }
        return found;
    }

    /** An incident on record and the key it is matched by. */
    record Recorded(long id, String key) {}
}
