package org.defencetracker.statement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.web.EditFlow;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceChecks;
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

/** The sources list and page; editors add sources, correct them, archive and restore them. */
@Controller
class SourceController {

    private final SourceService sources;
    private final SourceChecks checks;
    private final EditFlow<SourceView, SourceForm> edits;

    SourceController(SourceService sources, SourceChecks checks, SavedMeanwhile savedMeanwhile) {
        this.sources = sources;
        this.checks = checks;
        this.edits = new EditFlow<>(savedMeanwhile, "source", sources::get, SourceForm::of, this::form);
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
        return edits.create(
                form,
                errors,
                null,
                model,
                redirect,
                (f, source, e) -> command(f, e),
                command -> "/sources/" + sources.create(command).id());
    }

    @GetMapping("/sources/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return edits.editPage(id, model);
    }

    @PostMapping("/sources/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SourceForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return edits.update(
                id, form, errors, null, model, response, redirect, (f, source, e) -> command(f, e), command -> {
                    sources.update(id, form.getVersion(), command);
                    return "/sources/" + id;
                });
    }

    @PostMapping("/sources/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.archive(() -> sources.archive(id, version), "/sources/" + id, redirect);
    }

    @PostMapping("/sources/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.restore(() -> sources.restore(id, version), "/sources/" + id, redirect);
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
