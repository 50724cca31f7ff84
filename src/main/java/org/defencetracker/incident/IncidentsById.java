package org.defencetracker.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Incidents read by id, a chunk at a time: what an export reads for the rows of the timeline it streams. */
@Service
@Transactional(readOnly = true)
public class IncidentsById {

    private final IncidentRepository incidents;
    private final IncidentViews views;
    private final IncidentBulkWriter bulk;

    IncidentsById(IncidentRepository incidents, IncidentViews views, IncidentBulkWriter bulk) {
        this.incidents = incidents;
        this.views = views;
        this.bulk = bulk;
    }

    /** The incidents with these ids, in the order given; those no longer on record are left out. */
    public List<IncidentView> views(List<Long> ids) {
        Map<Long, AirspaceIncident> byId = new HashMap<>();
        incidents.findAllById(ids).forEach(i -> byId.put(i.id(), i));
        return views.views(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** The external ids of those of these incidents that have one, by incident. */
    public Map<Long, String> externalIds(List<Long> ids) {
        return ids.isEmpty() ? Map.of() : bulk.externalIdsOf(ids);
    }
}
