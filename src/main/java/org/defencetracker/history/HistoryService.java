package org.defencetracker.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.defencetracker.shared.LocalizedName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change log that the database keeps by triggers ({@code record_change}). A record's history holds its
 * own changes and those of the rows it owns: an act's stages, relations, citations and mandates; an incident's and
 * a statement's citations; a body's mandates (owned by the granting act, found through their {@code body_id}).
 */
@Service
public class HistoryService {

    /** The tables whose rows have a history of their own. */
    public static final Set<String> RECORD_TABLES =
            Set.of("government_body", "source", "legal_act", "airspace_incident", "statement");

    /** Columns that change with every save or never: not worth showing. */
    static final Set<String> HIDDEN_FIELDS = Set.of("id", "version", "created_at", "updated_at");

    private static final String CHANGES = """
            select c.id, c.table_name, c.record_id, c.operation, c.changed_at, c.author, k.key,
                   c.old_row ->> k.key as before, c.new_row ->> k.key as after
              from record_change c
              left join lateral jsonb_object_keys(coalesce(c.old_row, '{}') || coalesce(c.new_row, '{}')) as k(key)
                on true
              left join pg_attribute a on a.attrelid = to_regclass(c.table_name::text) and a.attname = k.key
             where c.id in (%s)
             order by c.id desc, a.attnum nulls last, k.key
            """;

    private final JdbcClient jdbc;

    HistoryService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The changes of a record and of the rows it owns, newest first. Updates that changed no visible field (an
     * act's version rising because its citations changed) are left out: the owned rows' changes say what happened.
     */
    @Transactional(readOnly = true)
    public List<RecordChange> of(String table, long id) {
        String ids = "select id from record_change where table_name = :table and record_id = :id"
                + " union all select id from record_change where owner_table = :table and owner_id = :id";
        if ("government_body".equals(table)) {
            ids += " union all select id from record_change where table_name = 'mandate'"
                    + " and (coalesce(new_row, old_row) ->> 'body_id')::bigint = :id";
        }
        return changes(ids, Map.of("table", known(table), "id", id)).stream()
                .filter(c -> !"UPDATE".equals(c.operation()) || !c.fields().isEmpty())
                .toList();
    }

    /**
     * The changes to the record itself that left it at a version greater than {@code version}, newest first: what
     * others saved since a form showed that version. Changes that only raised the version are included.
     */
    @Transactional(readOnly = true)
    public List<RecordChange> changesSince(String table, long id, long version) {
        return changes(
                "select id from record_change where table_name = :table and record_id = :id"
                        + " and (new_row ->> 'version')::bigint > :version",
                Map.of("table", known(table), "id", id, "version", version));
    }

    /** The newest change to the record itself (not to the rows it owns), if any was logged. */
    @Transactional(readOnly = true)
    public Optional<RecordChange> latest(String table, long id) {
        return changes(
                        "select id from record_change where table_name = :table and record_id = :id"
                                + " order by id desc limit 1",
                        Map.of("table", known(table), "id", id))
                .stream()
                .findFirst();
    }

    /**
     * The record as it is now, column by column, if it exists: a record written before its history was kept has a
     * page with no changes rather than none.
     */
    @Transactional(readOnly = true)
    public Optional<Map<String, String>> current(String table, long id) {
        Map<String, String> row = new LinkedHashMap<>();
        jdbc.sql("select k.key, k.value from " + known(table) + " t, jsonb_each_text(to_jsonb(t)) k where t.id = :id")
                .param("id", id)
                .query(rs -> {
                    row.put(rs.getString("key"), rs.getString("value"));
                });
        return row.isEmpty() ? Optional.empty() : Optional.of(row);
    }

    /**
     * The columns that name a row of each table a change may refer to, as its pages name it: in English, Russian
     * and Kazakh where the table keeps those, else in English only.
     */
    private static final Map<String, String> NAMES = Map.of(
            "government_body", "name_en, name_ru, name_kk",
            "legal_act", "title_en, title_ru, title_kk",
            "source", "title, null, null",
            "airspace_incident", "title, null, null",
            "statement", "left(text, 120), null, null");

    /** The names of the rows of {@code table} with these ids (rows since deleted are left out). */
    @Transactional(readOnly = true)
    public Map<Long, LocalizedName> names(String table, Set<Long> ids) {
        String name = NAMES.get(table);
        if (name == null) {
            throw new IllegalArgumentException("no names are read from " + table);
        }
        return named("select id, " + name + " from " + table + " where id in (:ids)", ids, Long.class);
    }

    /** The names of the regions with these codes. */
    @Transactional(readOnly = true)
    public Map<String, LocalizedName> regionNames(Set<String> codes) {
        return named("select code, name_en, name_ru, name_kk from region where code in (:ids)", codes, String.class);
    }

    /** The rows of a key and the three names (English, Russian, Kazakh) the query selects after it, by key. */
    private <K> Map<K, LocalizedName> named(String sql, Set<K> ids, Class<K> key) {
        Map<K, LocalizedName> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids).query(rs -> {
                names.put(rs.getObject(1, key), new LocalizedName(rs.getString(2), rs.getString(3), rs.getString(4)));
            });
        }
        return names;
    }

    private static String known(String table) {
        if (!RECORD_TABLES.contains(table)) {
            throw new IllegalArgumentException("no history is kept for " + table);
        }
        return table;
    }

    private List<RecordChange> changes(String ids, Map<String, Object> params) {
        Map<Long, Collected> byId = new LinkedHashMap<>();
        jdbc.sql(CHANGES.formatted("(" + ids + ")")).params(params).query(rs -> {
            Collected change = byId.computeIfAbsent(rs.getLong("id"), key -> collected(rs));
            String field = rs.getString("key");
            if (field != null) {
                change.columns.add(new FieldChange(field, rs.getString("before"), rs.getString("after")));
            }
        });
        return byId.values().stream().map(Collected::toChange).toList();
    }

    private static Collected collected(ResultSet rs) {
        try {
            return new Collected(
                    rs.getLong("id"),
                    rs.getString("table_name"),
                    rs.getLong("record_id"),
                    rs.getString("operation"),
                    rs.getTimestamp("changed_at").toInstant(),
                    rs.getString("author"));
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A change as read, column by column, before it is told apart into fields and kind. */
    private record Collected(
            long id,
            String table,
            long recordId,
            String operation,
            Instant time,
            String author,
            List<FieldChange> columns) {

        Collected(long id, String table, long recordId, String operation, Instant time, String author) {
            this(id, table, recordId, operation, time, author, new ArrayList<>());
        }

        RecordChange toChange() {
            Map<String, String> row = new LinkedHashMap<>();
            List<FieldChange> fields = new ArrayList<>();
            ChangeKind kind = switch (operation) {
                case "INSERT" -> ChangeKind.CREATED;
                case "DELETE" -> ChangeKind.DELETED;
                default -> ChangeKind.CHANGED;
            };
            for (FieldChange column : columns) {
                row.put(column.field(), "DELETE".equals(operation) ? column.before() : column.after());
                if (!HIDDEN_FIELDS.contains(column.field()) && !Objects.equals(column.before(), column.after())) {
                    fields.add(column);
                }
                if ("archived_at".equals(column.field()) && "UPDATE".equals(operation)) {
                    if (column.before() == null && column.after() != null) {
                        kind = ChangeKind.ARCHIVED;
                    } else if (column.before() != null && column.after() == null) {
                        kind = ChangeKind.RESTORED;
                    }
                }
            }
            return new RecordChange(id, table, recordId, operation, kind, time, author, fields, row);
        }
    }
}
