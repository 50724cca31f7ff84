package org.defencetracker.body.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.defencetracker.body.BodyChecks;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.body.DuplicateBodyNameException;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.web.EditConflict;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.springframework.http.HttpStatus;
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

    private final SavedMeanwhile savedMeanwhile;

    private final BodyService bodies;
    private final BodyChecks checks;
    private final BodyChoices choices;

    BodyEditController(BodyService bodies, BodyChecks checks, BodyChoices choices, SavedMeanwhile savedMeanwhile) {
        this.savedMeanwhile = savedMeanwhile;
        this.bodies = bodies;
        this.checks = checks;
        this.choices = choices;
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
        CreateBody command = checks.read(form, null, errors);
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        try {
            BodyView saved = bodies.create(command);
            redirect.addFlashAttribute("message", "edit.created");
            return "redirect:/bodies/" + saved.id();
        } catch (DuplicateBodyNameException ex) {
            errors.rejectValue("nameEn", "body.duplicateName");
            return form(form, null, model);
        }
    }

    @GetMapping("/bodies/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        BodyView body = bodies.get(id);
        return form(currentForm(body), body, model);
    }

    @PostMapping("/bodies/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") BodyForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BodyView body = bodies.get(id);
        if (form.getVersion() == null) {
            errors.reject("edit.versionMissing");
        }
        CreateBody command = checks.read(form, id, errors);
        if (errors.hasErrors()) {
            return form(form, body, model);
        }
        try {
            bodies.update(id, form.getVersion(), command);
            redirect.addFlashAttribute("message", "edit.saved");
            return "redirect:/bodies/" + id;
        } catch (DuplicateBodyNameException ex) {
            errors.rejectValue("nameEn", "body.duplicateName");
            return form(form, body, model);
        } catch (EditConflictException ex) {
            return conflict(id, form, model, response);
        }
    }

    @PostMapping("/bodies/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            bodies.archive(id, version);
            redirect.addFlashAttribute("message", "edit.archived");
        } catch (EditConflictException ex) {
            redirect.addFlashAttribute("problem", "edit.staleArchive");
        }
        return "redirect:/bodies/" + id;
    }

    @PostMapping("/bodies/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            bodies.restore(id, version);
            redirect.addFlashAttribute("message", "edit.restored");
        } catch (EditConflictException ex) {
            redirect.addFlashAttribute("problem", "edit.staleArchive");
        }
        return "redirect:/bodies/" + id;
    }

    private String conflict(long id, BodyForm form, Model model, HttpServletResponse response) {
        BodyView current = bodies.get(id);
        BodyForm saved = currentForm(current);
        model.addAttribute(
                "conflict",
                EditConflict.between(saved, form).with(savedMeanwhile.since("government_body", id, form.getVersion())));
        model.addAttribute("editedVersion", form.getVersion());
        form.setVersion(current.version());
        response.setStatus(HttpStatus.CONFLICT.value());
        return form(form, current, model);
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
