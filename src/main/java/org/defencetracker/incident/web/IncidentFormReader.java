package org.defencetracker.incident.web;

import java.util.List;
import java.util.Set;
import org.defencetracker.incident.IncidentChecks;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads an incident form into the command it describes: the sources from the form's pickers, every other field
 * through {@link IncidentChecks}. The page and the JSON API both read incidents through it, so that both refuse
 * the same input.
 */
@Component
public class IncidentFormReader {

    private final IncidentChecks checks;
    private final SourceService sources;

    IncidentFormReader(IncidentChecks checks, SourceService sources) {
        this.checks = checks;
        this.sources = sources;
    }

    /**
     * The command the form describes, or null after rejecting the fields that cannot be used in {@code errors}.
     * {@code cited} are the sources the record cites already, which stay choosable when archived.
     */
    public RecordIncident read(IncidentForm form, Errors errors, Set<Long> cited) {
        // The form's precision is chosen beside the date and defaults to a day, as it always has.
        if (form.getPrecision() == null) {
            form.setPrecision(DatePrecision.DAY);
        }
        return checks.read(form, errors, e -> sourceIds(form.getSources(), cited, e));
    }

    /** The chosen sources, each once, in the order given; each one known (at least one is checked by the caller). */
    private List<Long> sourceIds(String[] texts, Set<Long> cited, Errors errors) {
        return Picker.resolveAll(texts, sources.choices(cited), "sources", errors);
    }
}
