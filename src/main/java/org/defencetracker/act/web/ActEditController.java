package org.defencetracker.act.web;

import java.util.Set;
import org.defencetracker.act.ActChecks;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActLists;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.ActWriter;
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
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.EditFlow;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.RecordEditPages;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors enter acts (a decree with its duties in one form), correct, link, archive and restore them. */
@Controller
@RequestMapping("/acts")
class ActEditController extends RecordEditPages<ActView, ActForm> {

    private final ActService acts;
    private final ActLists lists;
    private final BodyService bodies;
    private final MandateService mandates;
    private final SourceService sources;
    private final GrantChoices grants;

    ActEditController(
            ActService acts,
            ActLists lists,
            BodyService bodies,
            MandateService mandates,
            SourceService sources,
            ActChecks checks,
            ActWriter writer,
            GrantChoices grants,
            SavedMeanwhile savedMeanwhile) {
        this.acts = acts;
        this.lists = lists;
        this.bodies = bodies;
        this.mandates = mandates;
        this.sources = sources;
        this.grants = grants;
        edits(new EditFlow<>(savedMeanwhile, "legal_act", acts::get, this::currentForm, this::form)
                .saving(
                        (form, act, errors) -> checks.read(form, errors),
                        checked -> writer.issue(checked).id(),
                        writer::update)
                .archiving(acts::archive, acts::restore)
                // The edit page offers an empty row in each group to fill in; the conflict page shows the saved ones.
                .editing(ActForm::padRows)
                .refusing(DuplicateOfficialNumberException.class, "officialNumber", "act.duplicateNumber"));
    }

    @GetMapping("/new")
    String newAct(Model model) {
        return newPage(ActForm.blank(), model);
    }

    /** Links this act to another: "this act AMENDS that one". */
    @PostMapping("/{id}/relations")
    String relate(
            @PathVariable long id,
            @RequestParam(required = false) RelationType type,
            @RequestParam(required = false) String other,
            RedirectAttributes redirect) {
        acts.get(id);
        // The other act by its number or picker label, else by its official number or title: one query, not a list.
        Long otherId = lists.named(other).filter(found -> found != id).orElse(null);
        if (type == null) {
            redirect.addFlashAttribute("problem", "act.relation.typeMissing");
        } else if (otherId == null) {
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

    @PostMapping("/{id}/relations/{relationId}/delete")
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
        form.setSummaryRu(act.summaryRu());
        form.setSummaryKk(act.summaryKk());
        form.setVersion(act.version());
        for (StageView stage : act.stages()) {
            StageRow row = new StageRow();
            row.setStage(stage.stage());
            row.setDate(DateInput.text(stage.date()));
            row.setPrecision(stage.date().precision());
            row.setApproximate(stage.date().approximate());
            row.setBody(stage.bodyId() == null ? null : bodyLabel(stage.bodyId()));
            row.setNote(stage.note());
            form.getStages().add(row);
        }
        for (SourceView source : sources.get(act.sourceIds())) {
            form.getSources().add(Picker.ref(source.name(), source.id()));
        }
        for (MandateView m : mandates.ofAct(act.id())) {
            if (m.change() == MandateChange.GRANTED) {
                DutyRow row = new DutyRow();
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

    private RecordRef bodyLabel(long id) {
        return Picker.ref(bodies.get(id).nameEn(), id);
    }

    private String form(ActForm form, ActView act, Model model) {
        model.addAttribute("act", act);
        model.addAttribute("kinds", ActKind.values());
        model.addAttribute("stageKinds", StageKind.values());
        model.addAttribute("bodyOptions", Picker.labels(bodies.offered()));
        model.addAttribute("sourceOptions", Picker.labels(sources.choices(Set.of())));
        model.addAttribute("mandateOptions", Picker.labels(grants.offered()));
        return "acts/form";
    }
}
