package org.defencetracker.exchange;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.incident.IncidentsById;
import org.defencetracker.shared.CsvCells;
import org.defencetracker.shared.DateInput;
import org.defencetracker.statement.SourceView;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelineQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The incidents of a timeline filter as a CSV file in exactly the import's columns, so that what one tracker exports
 * another imports: one row per cited source, the rows of one incident sharing its {@code external_id}. The timeline
 * picks the incidents (every filter of it works, archived incidents are not on it) and is streamed newest first; the
 * incidents themselves are read a chunk at a time as the timeline's rows arrive, so the memory used does not grow
 * with the export.
 */
@Service
public class IncidentCsvExport {

    /** The import's columns, in the order the import documents them. */
    static final List<String> COLUMNS = columns();

    private static final int CHUNK = 500;
    private static final String KEY_PREFIX = "incident:";

    private final TimelineQueries timeline;
    private final IncidentsById incidents;
    private final EntityManager entities;
    private final DefenceTrackerProperties properties;
    private final TransactionTemplate snapshot;

    IncidentCsvExport(
            TimelineQueries timeline,
            IncidentsById incidents,
            EntityManager entities,
            DefenceTrackerProperties properties,
            PlatformTransactionManager transactions) {
        this.timeline = timeline;
        this.incidents = incidents;
        this.entities = entities;
        this.properties = properties;
        this.snapshot = new TransactionTemplate(transactions);
        // The timeline's rows and the incidents they stand for are read from one snapshot of the database.
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Writes the header and a row per source of every incident of {@code filter} to {@code out}, which stays open. */
    public void write(TimelineFilter filter, Writer out) throws IOException {
        out.write("\uFEFF");
        row(out, COLUMNS);
        if (!filter.kinds().isEmpty() && !filter.kinds().contains(EntryKind.INCIDENT)) {
            return;
        }
        try {
            snapshot.executeWithoutResult(status -> {
                List<Long> chunk = new ArrayList<>(CHUNK);
                timeline.each(filter.withKinds(Set.of(EntryKind.INCIDENT)), change -> {
                    String key = change.entry().key();
                    if (key.startsWith(KEY_PREFIX)
                            && key.substring(KEY_PREFIX.length()).matches("\\d{1,18}")) {
                        chunk.add(Long.valueOf(key.substring(KEY_PREFIX.length())));
                    }
                    if (chunk.size() == CHUNK) {
                        writeChunk(chunk, out);
                    }
                });
                writeChunk(chunk, out);
            });
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }

    private void writeChunk(List<Long> ids, Writer out) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, String> external = incidents.externalIds(ids);
        try {
            for (IncidentView incident : incidents.views(ids)) {
                String externalId = external.getOrDefault(incident.id(), stableId(incident.id()));
                if (incident.sources().isEmpty()) {
                    row(out, cells(externalId, incident, null));
                }
                for (SourceView source : incident.sources()) {
                    row(out, cells(externalId, incident, source));
                }
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        ids.clear();
        // The chunk is written: let go of its entities, or the snapshot's session would end up holding them all.
        entities.clear();
    }

    /**
     * The id an incident without an external id is exported under: its address on this site, which names it
     * everywhere and stays the same from one export to the next.
     */
    String stableId(long id) {
        return properties.publicBase() + "/incidents/" + id;
    }

    /** The row of one incident and one of its sources (none: the source columns are empty). */
    private static List<String> cells(String externalId, IncidentView i, SourceView source) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(CsvCells.text(externalId));
        cells.add(DateInput.text(i.date()));
        cells.add(i.date().precision().name());
        cells.add(String.valueOf(i.date().approximate()));
        cells.add(i.kind().name());
        cells.add(CsvCells.text(i.title()));
        cells.add(CsvCells.text(i.country()));
        cells.add(i.region() == null ? "" : CsvCells.text(i.region().code()));
        cells.add(CsvCells.text(i.place()));
        cells.add(CsvCells.number(i.latitude()));
        cells.add(CsvCells.number(i.longitude()));
        cells.add(i.geoPrecision() == null ? "" : i.geoPrecision().name());
        cells.add(CsvCells.number(i.objectsCount()));
        cells.add(CsvCells.text(i.objectsNote()));
        cells.add(i.response() == null ? "" : i.response().name());
        cells.add(CsvCells.text(i.description()));
        cells.add(CsvCells.text(i.translations().titleRu()));
        cells.add(CsvCells.text(i.translations().titleKk()));
        cells.add(CsvCells.text(i.translations().descriptionRu()));
        cells.add(CsvCells.text(i.translations().descriptionKk()));
        cells.add(source == null ? "" : CsvCells.text(source.publisher()));
        cells.add(source == null ? "" : CsvCells.text(source.title()));
        cells.add(source == null ? "" : CsvCells.text(source.url()));
        cells.add(source == null ? "" : CsvCells.text(DateInput.text(source.published())));
        return cells;
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        out.write(String.join(",", cells));
        out.write("\r\n");
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add(CsvImport.EXTERNAL_ID);
        columns.addAll(CsvImport.INCIDENT_COLUMNS.keySet());
        columns.addAll(CsvImport.SOURCE_COLUMNS.keySet());
        return List.copyOf(columns);
    }
}
