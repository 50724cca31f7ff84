package org.defencetracker.shared.web;

import jakarta.validation.Valid;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The edit addresses every record kind has, written once: under the kind's path (the {@code @RequestMapping} of
 * the kind's controller, "/bodies"), {@code POST /bodies} creates, {@code GET /bodies/{id}/edit} shows the edit
 * page, {@code POST /bodies/{id}} saves an edit, {@code POST /bodies/{id}/archive} and {@code /restore} archive and
 * restore. Each kind's controller gives its {@link EditFlow} once, in its constructor, and adds its own pages.
 *
 * @param <V> the record as its module shows it (a view)
 * @param <F> the record's edit form
 */
public abstract class RecordEditPages<V, F extends EditForm> {

    private EditFlow<V, F> edits;

    /**
     * The flow of the kind's edit pages; its controller's constructor calls this once. Saves return to the
     * record's page under the kind's path, unless the flow is {@linkplain EditFlow#addressedBy addressed} otherwise.
     */
    protected final void edits(EditFlow<V, F> flow) {
        RequestMapping kind = AnnotatedElementUtils.findMergedAnnotation(getClass(), RequestMapping.class);
        this.edits = flow.at(kind.path()[0]);
    }

    /** The page of a new record's form: the kind's {@code GET …/new} handler starts the form and shows it here. */
    protected final String newPage(F form, Model model) {
        return edits.newPage(form, model);
    }

    @PostMapping
    public String create(@Valid @ModelAttribute("form") F form, BindingResult errors, EditRequest edit) {
        return edits.create(form, errors, edit);
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        return edits.editPage(id, model);
    }

    @PostMapping("/{id}")
    public String update(
            @PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult errors, EditRequest edit) {
        return edits.update(id, form, errors, edit);
    }

    @PostMapping("/{id}/archive")
    public String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.archive(id, version, redirect);
    }

    @PostMapping("/{id}/restore")
    public String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return edits.restore(id, version, redirect);
    }
}
