package org.defencetracker.statement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.web.EditConflict;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceChecks;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
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

/** The sources list and page; editors add sources, correct them, archive and restore them. */
@Controller
class SourceController {

    private final SavedMeanwhile savedMeanwhile;

    private final SourceService sources;
    private final SourceChecks checks;

    SourceController(SourceService sources, SourceChecks checks, SavedMeanwhile savedMeanwhile) {
        this.savedMeanwhile = savedMeanwhile;
        this.sources = sources;
        this.checks = checks;
    }

    @GetMapping("/sources")
    String list(Model model) {
        model.addAttribute("sources", sources.listed());
        model.addAttribute("archived", sources.archived());
        return "sources/list";
    }

    @GetMapping("/sources/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("source", sources.get(id));
        return "sources/show";
    }

    @GetMapping("/sources/new")
    String newForm(Model model) {
        return form(new SourceForm(), null, model);
    }

    @PostMapping("/sources")
    String create(
            @Valid @ModelAttribute("form") SourceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CreateSource command = command(form, errors);
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        SourceView saved = sources.create(command);
        redirect.addFlashAttribute("message", "edit.created");
        return "redirect:/sources/" + saved.id();
    }

    @GetMapping("/sources/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        SourceView source = sources.get(id);
        return form(SourceForm.of(source), source, model);
    }

    @PostMapping("/sources/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SourceForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SourceView source = sources.get(id);
        if (form.getVersion() == null) {
            errors.reject("edit.versionMissing");
        }
        CreateSource command = command(form, errors);
        if (errors.hasErrors()) {
            return form(form, source, model);
        }
        try {
            sources.update(id, form.getVersion(), command);
            redirect.addFlashAttribute("message", "edit.saved");
            return "redirect:/sources/" + id;
        } catch (EditConflictException ex) {
            SourceView current = sources.get(id);
            model.addAttribute(
                    "conflict",
                    EditConflict.between(SourceForm.of(current), form)
                            .with(savedMeanwhile.since("source", id, form.getVersion())));
            model.addAttribute("editedVersion", form.getVersion());
            form.setVersion(current.version());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, current, model);
        }
    }

    @PostMapping("/sources/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            sources.archive(id, version);
            redirect.addFlashAttribute("message", "edit.archived");
        } catch (EditConflictException ex) {
            redirect.addFlashAttribute("problem", "edit.staleArchive");
        }
        return "redirect:/sources/" + id;
    }

    @PostMapping("/sources/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            sources.restore(id, version);
            redirect.addFlashAttribute("message", "edit.restored");
        } catch (EditConflictException ex) {
            redirect.addFlashAttribute("problem", "edit.staleArchive");
        }
        return "redirect:/sources/" + id;
    }

    private CreateSource command(SourceForm form, BindingResult errors) {
        return checks.read(form, errors);
    }

    private String form(SourceForm form, SourceView source, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("source", source);
        model.addAttribute("precisions", DatePrecision.values());
        return "sources/form";
    }
}
