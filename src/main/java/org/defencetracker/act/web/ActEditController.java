package org.defencetracker.act.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.DuplicateOfficialNumberException;
import org.defencetracker.act.DuplicateRelationException;
import org.defencetracker.act.RelationType;
import org.defencetracker.act.StageKind;
import org.defencetracker.act.StageView;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.web.EditFlow;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.RowChange;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors enter acts (a decree with its duties in one form), correct, link, archive and restore them. */
@Controller
class ActEditController {

    private final ActService acts;
    private final BodyService bodies;
    private final MandateService mandates;
    private final SourceService sources;
    private final ActFormReader reader;
    private final EditFlow<ActView, ActForm> edits;

    ActEditController(
            ActService acts,
            BodyService bodies,
            MandateService mandates,
            SourceService sources,
            ActFormReader reader,
            SavedMeanwhile savedMeanwhile) {
        this.acts = acts;
        this.bodies = bodies;
        this.mandates = mandates;
        this.sources = sources;
        this.reader = reader;
        this.edits = new EditFlow<>(savedMeanwhile, "legal_act", acts::get, this::currentForm, this::form);
    }

    @GetMapping("/acts/new")
    String newAct(Model model) {
        return form(ActForm.blank(), null, model);
    }

    @PostMapping("/acts")
    String create(
            @Valid @ModelAttribute("form") ActForm form,
            BindingResult errors,
            RowChange rows,
            Model model,
            RedirectAttributes redirect) {
        if (rows.asked()) {
            rows.applyTo(form, model);
            return form(form, null, model);
        }
        ActFormReader.Parsed parsed = reader.read(form, errors);
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        try {
            ActView saved = reader.issue(parsed);
            redirect.addFlashAttribute("message", "edit.created");
            return "redirect:/acts/" + saved.id();
        } catch (DuplicateOfficialNumberException ex) {
            errors.rejectValue("officialNumber", "act.duplicateNumber");
            return form(form, null, model);
        }
    }

    @GetMapping("/acts/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ActView act = acts.get(id);
        ActForm form = currentForm(act);
        form.padRows();
        return form(form, act, model);
    }

    @PostMapping("/acts/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActForm form,
            BindingResult errors,
            RowChange rows,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ActView act = acts.get(id);
        if (rows.asked()) {
            rows.applyTo(form, model);
            return form(form, act, model);
        }
        edits.requireVersion(form, errors);
        ActFormReader.Parsed parsed = reader.read(form, errors);
        if (errors.hasErrors()) {
            return form(form, act, model);
        }
        try {
            return edits.save(id, form, model, response, redirect, () -> {
                reader.update(id, form.getVersion(), parsed);
                return "/acts/" + id;
            });
        } catch (DuplicateOfficialNumberException ex) {
            errors.rejectValue("officialNumber", "act.duplicateNumber");
            return form(form, act, model);
        }
    }

    @PostMapping("/acts/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.archive(() -> acts.archive(id, version), "/acts/" + id, redirect);
    }

    @PostMapping("/acts/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.restore(() -> acts.restore(id, version), "/acts/" + id, redirect);
    }

    /** Links this act to another: "this act AMENDS that one". */
    @PostMapping("/acts/{id}/relations")
    String relate(
            @PathVariable long id,
            @RequestParam(required = false) RelationType type,
            @RequestParam(required = false) String other,
            RedirectAttributes redirect) {
        acts.get(id);
        Map<Long, String> options = actOptions(id);
        Long otherId = Picker.resolve(other, options);
        if (type == null) {
            redirect.addFlashAttribute("problem", "act.relation.typeMissing");
        } else if (otherId == null || otherId < 0) {
            redirect.addFlashAttribute("problem", "act.relation.otherUnknown");
        } else {
            try {
                acts.relate(id, type, otherId);
                redirect.addFlashAttribute("message", "act.relation.added");
            } catch (DuplicateRelationException ex) {
                redirect.addFlashAttribute("problem", "act.relation.duplicate");
            }
        }
        return "redirect:/acts/" + id + "#relations";
    }

    @PostMapping("/acts/{id}/relations/{relationId}/delete")
    String unrelate(@PathVariable long id, @PathVariable long relationId, RedirectAttributes redirect) {
        acts.get(id);
        acts.unrelate(id, relationId);
        redirect.addFlashAttribute("message", "act.relation.removed");
        return "redirect:/acts/" + id + "#relations";
    }

    private ActForm currentForm(ActView act) {
        ActForm form = new ActForm();
        form.setKind(act.kind());
        form.setOfficialNumber(act.officialNumber());
        form.setRegistryNumber(act.registryNumber());
        form.setEli(act.eli());
        form.setTitleEn(act.titleEn());
        form.setTitleRu(act.titleRu());
        form.setTitleKk(act.titleKk());
        form.setIssuingBody(bodyLabel(act.issuingBodyId()));
        form.setSummary(act.summary());
        form.setVersion(act.version());
        for (StageView stage : act.stages()) {
            ActForm.StageRow row = new ActForm.StageRow();
            row.setStage(stage.stage());
            row.setDate(DateInput.text(stage.date()));
            row.setPrecision(stage.date().precision());
            row.setApproximate(stage.date().approximate());
            row.setBody(stage.bodyId() == null ? null : bodyLabel(stage.bodyId()));
            row.setNote(stage.note());
            form.getStages().add(row);
        }
        for (SourceView source : sources.get(act.sourceIds())) {
            form.getSources().add(Picker.label(ActFormReader.sourceName(source), source.id()));
        }
        for (MandateView m : mandates.ofAct(act.id())) {
            if (m.change() == MandateChange.GRANTED) {
                ActForm.DutyRow row = new ActForm.DutyRow();
                row.setId(m.id());
                row.setBody(bodyLabel(m.bodyId()));
                row.setDuty(m.duty());
                row.setValidFrom(m.validFrom().toString());
                row.setValidTo(m.validTo() == null ? null : m.validTo().toString());
                form.getDuties().add(row);
            }
        }
        return form;
    }

    private String bodyLabel(long id) {
        return Picker.label(bodies.get(id).nameEn(), id);
    }

    private Map<Long, String> actOptions(long self) {
        Map<Long, String> options = new LinkedHashMap<>();
        for (ActView a : acts.list(null)) {
            if (a.id() != self) {
                options.put(a.id(), a.name());
            }
        }
        return options;
    }

    private String form(ActForm form, ActView act, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("act", act);
        model.addAttribute("kinds", ActKind.values());
        model.addAttribute("stageKinds", StageKind.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("bodyOptions", Picker.labels(reader.bodyOptions()));
        model.addAttribute("sourceOptions", Picker.labels(reader.sourceOptions()));
        model.addAttribute("mandateOptions", Picker.labels(reader.mandateLabels(reader.grantsToWithdraw())));
        return "acts/form";
    }
}
