package org.defencetracker.body.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.defencetracker.body.BodyChecks;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.DuplicateBodyNameException;
import org.defencetracker.shared.web.EditFlow;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors add bodies, correct them, archive and restore them. */
@Controller
class BodyEditController {

    private final BodyService bodies;
    private final BodyChecks checks;
    private final BodyChoices choices;
    private final EditFlow<BodyView, BodyForm> edits;

    BodyEditController(BodyService bodies, BodyChecks checks, BodyChoices choices, SavedMeanwhile savedMeanwhile) {
        this.bodies = bodies;
        this.checks = checks;
        this.choices = choices;
        this.edits = new EditFlow<>(savedMeanwhile, "government_body", bodies::get, this::currentForm, this::form)
                .refusing(DuplicateBodyNameException.class, "nameEn", "body.duplicateName");
    }

    @GetMapping("/bodies/new")
    String newBody(Model model) {
        return form(new BodyForm(), null, model);
    }

    @PostMapping("/bodies")
    String create(
            @Valid @ModelAttribute("form") BodyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return edits.create(
                form,
                errors,
                null,
                model,
                redirect,
                (f, body, e) -> checks.read(f, null, e),
                command -> "/bodies/" + bodies.create(command).id());
    }

    @GetMapping("/bodies/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return edits.editPage(id, model);
    }

    @PostMapping("/bodies/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") BodyForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return edits.update(
                id, form, errors, null, model, response, redirect, (f, body, e) -> checks.read(f, id, e), command -> {
                    bodies.update(id, form.getVersion(), command);
                    return "/bodies/" + id;
                });
    }

    @PostMapping("/bodies/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.archive(() -> bodies.archive(id, version), "/bodies/" + id, redirect);
    }

    @PostMapping("/bodies/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.restore(() -> bodies.restore(id, version), "/bodies/" + id, redirect);
    }

    private BodyForm currentForm(BodyView body) {
        BodyView parent = body.parentId() == null ? null : bodies.get(body.parentId());
        return BodyForm.of(body, parent);
    }

    private String form(BodyForm form, BodyView body, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("body", body);
        model.addAttribute("kinds", BodyKind.values());
        Map<Long, String> parents = choices.choices();
        if (body != null) {
            // A body cannot be its own parent.
            parents.remove(body.id());
        }
        model.addAttribute("parentOptions", Picker.labels(parents));
        return "bodies/form";
    }
}
