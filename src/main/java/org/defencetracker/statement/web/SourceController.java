package org.defencetracker.statement.web;

import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.web.EditFlow;
import org.defencetracker.shared.web.RecordEditPages;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.defencetracker.statement.SourceChecks;
import org.defencetracker.statement.SourcePage;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sources list and page; editors add sources, correct them, archive and restore them. */
@Controller
@RequestMapping("/sources")
class SourceController extends RecordEditPages<SourceView, SourceForm> {

    private final SourceService sources;

    SourceController(SourceService sources, SourceChecks checks, SavedMeanwhile savedMeanwhile) {
        this.sources = sources;
        edits(new EditFlow<>(savedMeanwhile, "source", sources::get, SourceForm::of, this::form)
                .saving(
                        (form, source, errors) -> checks.read(form, errors),
                        command -> sources.create(command).id(),
                        sources::update)
                .archiving(sources::archive, sources::restore));
    }

    /** The sources newest first, a page at a time after the cursor {@code after}. */
    @GetMapping
    String list(@RequestParam(required = false) String after, Model model) {
        SourcePage.Cursor cursor = after == null || after.isBlank()
                ? null
                : SourcePage.Cursor.parse(after.strip())
                        .orElseThrow(() -> new InvalidParameterException("after", after, "error.parameter.cursor"));
        SourcePage page = sources.page(cursor);
        model.addAttribute("sources", page.sources());
        model.addAttribute("older", page.older());
        model.addAttribute("paged", cursor != null);
        if (Boolean.TRUE.equals(model.getAttribute("currentUserCanEdit"))) {
            model.addAttribute("archived", sources.archived());
        }
        return "sources/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("source", sources.get(id));
        return "sources/show";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return newPage(new SourceForm(), model);
    }

    private String form(SourceForm form, SourceView source, Model model) {
        model.addAttribute("source", source);
        return "sources/form";
    }
}
