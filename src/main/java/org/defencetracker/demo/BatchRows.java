package org.defencetracker.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.Countries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the batch writers share: ids taken ahead, the bodies named, and the checks a service would make first. */
@Component
class BatchRows {

    private final JdbcTemplate jdbc;
    private final BodyService bodies;

    BatchRows(JdbcTemplate jdbc, BodyService bodies) {
        this.jdbc = jdbc;
        this.bodies = bodies;
    }

    Map<Long, BodyView> bodiesOf(List<Long> ids) {
        Map<Long, BodyView> found = ids.isEmpty() ? Map.of() : bodies.byIds(ids);
        for (Long id : ids) {
            if (!found.containsKey(id)) {
                throw new IllegalArgumentException("no body " + id);
            }
        }
        return found;
    }

    /** Refuses subjects that are not in the lists: statements about them would leave the timeline with them. */
    void listed(String table, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Integer listed = jdbc.queryForObject(
                "select count(*) from " + table + " where id = any (?) and archived_at is null", Integer.class, (Object)
                        ids.toArray(Long[]::new));
        if (listed == null || listed != ids.size()) {
            throw new IllegalArgumentException("a statement is about a record that is not in the lists");
        }
    }

    static void known(String country) {
        if (!Countries.isKnown(country)) {
            throw new IllegalArgumentException("unknown country code " + country);
        }
    }

    /** The next {@code count} ids of the table's identity, taken at once. */
    List<Long> ids(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table, count);
    }
}
