package org.defencetracker.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Component;

/** Writes the rows of a CSV file that {@link CsvImport} read and checked: their sources, then their incidents. */
@Component
class CsvRowWriter {

    /** The incidents written in one batch; an import of any size is still one transaction. */
    private static final int BATCH = 1000;

    private final IncidentService incidents;
    private final SourceService sources;

    CsvRowWriter(IncidentService incidents, SourceService sources) {
        this.incidents = incidents;
        this.sources = sources;
    }

    /**
     * Writes the checked rows: each distinct source once, or not at all where the same one is listed already, then
     * the incidents in batches, with their external ids. Rows sharing an external id are one incident citing each
     * row's source.
     */
    Map<String, Integer> write(List<CsvImport.Checked> rows) {
        Map<CreateSource, Long> cited = new HashMap<>();
        int created = 0;
        List<CsvImport.Checked> batch = new ArrayList<>(BATCH);
        int count = 0;
        for (List<CsvImport.Checked> incident : CsvSameIncident.incidents(rows)) {
            Set<Long> sourceIds = new LinkedHashSet<>();
            for (CsvImport.Checked row : incident) {
                if (!cited.containsKey(row.source())) {
                    Long same = sources.findSame(row.source()).map(s -> s.id()).orElse(null);
                    if (same == null) {
                        same = sources.create(row.source()).id();
                        created++;
                    }
                    cited.put(row.source(), same);
                }
                sourceIds.add(cited.get(row.source()));
            }
            CsvImport.Checked first = incident.get(0);
            batch.add(new CsvImport.Checked(
                    first.line(),
                    citing(first.incident(), List.copyOf(sourceIds)),
                    first.source(),
                    first.externalId()));
            if (batch.size() == BATCH) {
                count += record(batch);
                batch.clear();
            }
        }
        count += record(batch);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("incidents", count);
        counts.put("sources", created);
        return counts;
    }

    private int record(List<CsvImport.Checked> batch) {
        List<Long> ids = incidents.recordAll(
                batch.stream().map(CsvImport.Checked::incident).toList());
        Map<Long, String> external = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (batch.get(i).externalId() != null) {
                external.put(ids.get(i), batch.get(i).externalId());
            }
        }
        incidents.setExternalIds(external);
        return ids.size();
    }

    private static RecordIncident citing(RecordIncident c, List<Long> sourceIds) {
        return new RecordIncident(
                c.kind(),
                c.title(),
                c.date(),
                c.country(),
                c.regionCode(),
                c.place(),
                c.latitude(),
                c.longitude(),
                c.geoPrecision(),
                c.objectsCount(),
                c.objectsNote(),
                c.response(),
                c.description(),
                sourceIds,
                c.translations());
    }
}
