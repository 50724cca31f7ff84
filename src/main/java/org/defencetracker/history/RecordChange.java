package org.defencetracker.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One logged change of one row.
 *
 * @param id the change's place in the log (later changes have greater ids)
 * @param table the table of the changed row ({@code act_stage} for a stage of an act)
 * @param recordId the row's id (for a citation: the cited source's id)
 * @param operation INSERT, UPDATE or DELETE
 * @param kind what the change did, as a reader would say it
 * @param time when the transaction that made it began
 * @param author the signed-in user who made it, or "system"
 * @param fields the columns it changed, in the table's column order, without id, version and timestamps
 * @param row every column of the row after the change (before it, for a deletion), as text
 */
public record RecordChange(
        long id,
        String table,
        long recordId,
        String operation,
        ChangeKind kind,
        Instant time,
        String author,
        List<FieldChange> fields,
        Map<String, String> row) {

    public RecordChange {
        fields = List.copyOf(fields);
        row = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(row));
    }

    /** The version the record had after this change, where its table keeps one. */
    public Long version() {
        String version = row.get("version");
        return version == null ? null : Long.valueOf(version);
    }
}
