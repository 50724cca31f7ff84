package org.defencetracker.incident.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.defencetracker.incident.GeoPrecision;
import org.defencetracker.incident.IncidentChecks;
import org.defencetracker.incident.IncidentKind;
import org.defencetracker.incident.IncidentResponse;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.incident.RegionView;
import org.defencetracker.shared.web.EditFlow;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.RecordEditPages;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Editors record incidents, correct them, archive and restore them. */
@Controller
@RequestMapping("/incidents")
class IncidentEditController extends RecordEditPages<IncidentView, IncidentForm> {

    private final IncidentService incidents;
    private final SourceService sources;

    IncidentEditController(
            IncidentService incidents, SourceService sources, IncidentChecks checks, SavedMeanwhile savedMeanwhile) {
        this.incidents = incidents;
        this.sources = sources;
        edits(new EditFlow<>(savedMeanwhile, "airspace_incident", incidents::get, IncidentForm::of, this::form)
                .saving(
                        (form, incident, errors) ->
                                checks.read(form, incident == null ? Set.of() : citedBy(incident), errors),
                        this::unlessLikelyDuplicate,
                        command -> incidents.record(command).id(),
                        incidents::update)
                .archiving(incidents::archive, incidents::restore));
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return newPage(new IncidentForm(), model);
    }

    /**
     * A new incident that looks like one already recorded is shown again with those, to be saved only once the
     * editor confirms it is another.
     */
    private boolean unlessLikelyDuplicate(IncidentForm form, RecordIncident command, Model model) {
        if (form.isConfirmDuplicate()) {
            return true;
        }
        List<IncidentView> duplicates = incidents.likelyDuplicates(command);
        if (!duplicates.isEmpty()) {
            model.addAttribute("duplicates", duplicates);
        }
        return duplicates.isEmpty();
    }

    private static Set<Long> citedBy(IncidentView incident) {
        Set<Long> ids = new LinkedHashSet<>();
        incident.sources().forEach(s -> ids.add(s.id()));
        return ids;
    }

    private String form(IncidentForm form, IncidentView incident, Model model) {
        model.addAttribute("incident", incident);
        model.addAttribute("kinds", IncidentKind.values());
        model.addAttribute("geoPrecisions", GeoPrecision.values());
        model.addAttribute("responses", IncidentResponse.values());
        List<RegionView> regions = incidents.regions();
        model.addAttribute("regions", regions);
        model.addAttribute(
                "sourceOptions", Picker.labels(sources.choices(incident == null ? Set.of() : citedBy(incident))));
        return "incidents/form";
    }
}
