package org.defencetracker.incident;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.defencetracker.statement.StatementSubjects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers incidents to the statement form: the newest ones in the lists, and any one by its number. */
@Component
@Transactional(readOnly = true)
class IncidentSubjects implements StatementSubjects {

    private final IncidentRepository incidents;

    IncidentSubjects(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @Override
    public Map<Long, String> incidents() {
        Map<Long, String> offered = new LinkedHashMap<>();
        incidents.findNewest(org.springframework.data.domain.Limit.of(500)).forEach(i -> offered.put(i.id(), i.name()));
        return offered;
    }

    @Override
    public Optional<String> incident(long id) {
        return incidents.findById(id).map(AirspaceIncident::name);
    }
}
