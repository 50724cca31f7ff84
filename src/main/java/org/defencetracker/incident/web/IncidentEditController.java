package org.defencetracker.incident.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.web.EditFlow;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.RowChange;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors record incidents, correct them, archive and restore them. */
@Controller
class IncidentEditController {

    private final IncidentService incidents;
    private final SourceService sources;
    private final IncidentChecks checks;
    private final EditFlow<IncidentView, IncidentForm> edits;

    IncidentEditController(
            IncidentService incidents, SourceService sources, IncidentChecks checks, SavedMeanwhile savedMeanwhile) {
        this.incidents = incidents;
        this.sources = sources;
        this.checks = checks;
        this.edits = new EditFlow<>(savedMeanwhile, "airspace_incident", incidents::get, IncidentForm::of, this::form);
    }

    @GetMapping("/incidents/new")
    String newForm(Model model) {
        return form(new IncidentForm(), null, model);
    }

    @PostMapping("/incidents")
    String create(
            @Valid @ModelAttribute("form") IncidentForm form,
            BindingResult errors,
            RowChange rows,
            Model model,
            RedirectAttributes redirect) {
        if (rows.asked()) {
            rows.applyTo(form, model);
            return form(form, null, model);
        }
        RecordIncident command = command(form, errors, Set.of());
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        if (!form.isConfirmDuplicate()) {
            List<IncidentView> duplicates = incidents.likelyDuplicates(command);
            if (!duplicates.isEmpty()) {
                model.addAttribute("duplicates", duplicates);
                return form(form, null, model);
            }
        }
        IncidentView saved = incidents.record(command);
        redirect.addFlashAttribute("message", "edit.created");
        return "redirect:/incidents/" + saved.id();
    }

    @GetMapping("/incidents/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return edits.editPage(id, model);
    }

    @PostMapping("/incidents/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") IncidentForm form,
            BindingResult errors,
            RowChange rows,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return edits.update(
                id,
                form,
                errors,
                rows,
                model,
                response,
                redirect,
                (f, incident, e) -> command(f, e, citedBy(incident)),
                command -> {
                    incidents.update(id, form.getVersion(), command);
                    return "/incidents/" + id;
                });
    }

    @PostMapping("/incidents/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.archive(() -> incidents.archive(id, version), "/incidents/" + id, redirect);
    }

    @PostMapping("/incidents/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.restore(() -> incidents.restore(id, version), "/incidents/" + id, redirect);
    }

    private RecordIncident command(IncidentForm form, BindingResult errors, Set<Long> cited) {
        return checks.read(form, cited, errors);
    }

    private static Set<Long> citedBy(IncidentView incident) {
        Set<Long> ids = new LinkedHashSet<>();
        incident.sources().forEach(s -> ids.add(s.id()));
        return ids;
    }

    private String form(IncidentForm form, IncidentView incident, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("incident", incident);
        model.addAttribute("kinds", IncidentKind.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("geoPrecisions", GeoPrecision.values());
        model.addAttribute("responses", IncidentResponse.values());
        List<RegionView> regions = incidents.regions();
        model.addAttribute("regions", regions);
        model.addAttribute(
                "sourceOptions", Picker.labels(sources.choices(incident == null ? Set.of() : citedBy(incident))));
        return "incidents/form";
    }
}
