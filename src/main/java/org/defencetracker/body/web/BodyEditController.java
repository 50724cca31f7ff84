package org.defencetracker.body.web;

import java.util.Map;
import org.defencetracker.body.BodyChecks;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.DuplicateBodyNameException;
import org.defencetracker.shared.web.EditFlow;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.RecordEditPages;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Editors add bodies, correct them, archive and restore them. */
@Controller
@RequestMapping("/bodies")
class BodyEditController extends RecordEditPages<BodyView, BodyForm> {

    private final BodyService bodies;
    private final BodyChoices choices;

    BodyEditController(BodyService bodies, BodyChecks checks, BodyChoices choices, SavedMeanwhile savedMeanwhile) {
        this.bodies = bodies;
        this.choices = choices;
        edits(new EditFlow<>(savedMeanwhile, "government_body", bodies::get, this::currentForm, this::form)
                .saving(
                        (form, body, errors) -> checks.read(form, body == null ? null : body.id(), errors),
                        command -> bodies.create(command).id(),
                        bodies::update)
                .archiving(bodies::archive, bodies::restore)
                .refusing(DuplicateBodyNameException.class, "nameEn", "body.duplicateName"));
    }

    @GetMapping("/new")
    String newBody(Model model) {
        return newPage(new BodyForm(), model);
    }

    private BodyForm currentForm(BodyView body) {
        BodyView parent = body.parentId() == null ? null : bodies.get(body.parentId());
        return BodyForm.of(body, parent);
    }

    private String form(BodyForm form, BodyView body, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("kinds", BodyKind.values());
        Map<Long, String> parents = new java.util.LinkedHashMap<>(choices.choices());
        if (body != null) {
            // A body cannot be its own parent.
            parents.remove(body.id());
        }
        model.addAttribute("parentOptions", Picker.labels(parents));
        return "bodies/form";
    }
}
