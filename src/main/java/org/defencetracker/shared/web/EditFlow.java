package org.defencetracker.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.web.RecordWrites.ArchiveChange;
import org.defencetracker.shared.web.RecordWrites.Creator;
import org.defencetracker.shared.web.RecordWrites.Updater;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps every record's edit pages share, written once: a save needs the version the editor started from; a
 * save from an outdated version gets the conflict page (409) with the saved values beside the editor's; archiving
 * and restoring answer with a flash message, or with a warning when the record changed meanwhile; every success
 * redirects (post-redirect-get). What differs between record kinds, how a form is read and checked and which
 * service saves, archives and restores it, each kind's controller gives its flow once, from the parts below; the
 * handlers that use the flow are written once in {@link RecordEditPages}.
 *
 * @param <V> the record as its module shows it (a view)
 * @param <F> the record's edit form
 */
public class EditFlow<V, F extends EditForm> {

    /** A kind's form page, shown for a form and the record it edits (null for a new record). */
    @FunctionalInterface
    public interface Page<V, F> {
        String show(F form, V record, Model model);
    }

    /**
     * Reads a posted form, for the record it edits (null for a new record), into the command its service takes;
     * what it refuses it rejects in {@code errors}, and what it answers then is not used.
     */
    @FunctionalInterface
    public interface Reader<V, F, C> {
        C read(F form, V record, BindingResult errors);
    }

    /** A refusal of the service that belongs to one field of the form ("this official number is taken"). */
    private record Refusal(String field, String code) {}

    /**
     * Whether a new record, read and checked, may be saved now; when not, the check has told the model why and
     * the form is shown again, for the editor to confirm or correct ("it looks like one already recorded").
     */
    @FunctionalInterface
    public interface Confirmation<F, C> {
        boolean confirmed(F form, C command, Model model);
    }

    /** How a kind's forms become saved records. */
    private record Saving<V, F, C>(
            Reader<V, F, C> reader, Confirmation<F, C> confirmation, Creator<C> creator, Updater<C> updater) {}

    private final Map<Class<? extends RuntimeException>, Refusal> refusals = new LinkedHashMap<>();

    private final SavedMeanwhile savedMeanwhile;
    private final String table;
    private final LongFunction<V> current;
    private final Function<V, F> formOf;
    private final Page<V, F> page;
    private Saving<V, F, ?> saving;
    private ArchiveChange archiving;
    private ArchiveChange restoring;
    private LongFunction<String> address;
    private LongFunction<String> archivedAddress;
    private Consumer<F> forEditing = form -> {};

    /**
     * @param table the record's table, whose change history names the saves made meanwhile
     * @param current the record as saved now, by id
     * @param formOf the form filled with a record's saved values and version
     * @param page the kind's form page
     */
    public EditFlow(
            SavedMeanwhile savedMeanwhile,
            String table,
            LongFunction<V> current,
            Function<V, F> formOf,
            Page<V, F> page) {
        this.savedMeanwhile = savedMeanwhile;
        this.table = table;
        this.current = current;
        this.formOf = formOf;
        this.page = page;
    }

    /** Reads posted forms by {@code reader} and saves them by {@code create} and {@code update}. */
    public <C> EditFlow<V, F> saving(Reader<V, F, C> reader, Creator<C> create, Updater<C> update) {
        return saving(reader, (form, command, model) -> true, create, update);
    }

    /** As {@link #saving(Reader, Creator, Updater)}, a new record saved only once {@code confirmation} agrees. */
    public <C> EditFlow<V, F> saving(
            Reader<V, F, C> reader, Confirmation<F, C> confirmation, Creator<C> create, Updater<C> update) {
        this.saving = new Saving<>(reader, confirmation, create, update);
        return this;
    }

    /** Archives and restores records by the service's {@code archive} and {@code restore}. */
    public EditFlow<V, F> archiving(ArchiveChange archive, ArchiveChange restore) {
        this.archiving = archive;
        this.restoring = restore;
        return this;
    }

    /** Saves, archivings and restorings return to {@code path}/id, unless {@link #addressedBy} said otherwise. */
    public EditFlow<V, F> at(String path) {
        return address != null ? this : addressedBy(id -> path + "/" + id, id -> path + "/" + id);
    }

    /**
     * Where a save or a restoring returns ({@code address}) and where an archiving does ({@code archivedAddress}),
     * for records shown within another record's page rather than on their own.
     */
    public EditFlow<V, F> addressedBy(LongFunction<String> address, LongFunction<String> archivedAddress) {
        this.address = address;
        this.archivedAddress = archivedAddress;
        return this;
    }

    /** Prepares the form of the edit page (not of the conflict page), as with empty rows to fill in. */
    public EditFlow<V, F> editing(Consumer<F> prepare) {
        this.forEditing = prepare;
        return this;
    }

    /** Shows a refusal of the service as the problem of {@code field}, with the bundle's message {@code code}. */
    public EditFlow<V, F> refusing(Class<? extends RuntimeException> refusal, String field, String code) {
        refusals.put(refusal, new Refusal(field, code));
        return this;
    }

    /**
     * Creates a record from a posted form: the form again with a row added or removed when that was asked, the
     * form with its problems when refused or not yet confirmed, else the saved record's page with the created
     * message.
     */
    public String create(F form, BindingResult errors, EditRequest edit) {
        return create(form, errors, edit, saving);
    }

    private <C> String create(F form, BindingResult errors, EditRequest edit, Saving<V, F, C> saving) {
        Model model = edit.model();
        if (rowAsked(form, edit)) {
            return withRowChanged(form, null, edit);
        }
        C command = saving.reader().read(form, null, errors);
        if (errors.hasErrors() || !saving.confirmation().confirmed(form, command, model)) {
            return shown(form, null, model);
        }
        try {
            String saved = address.apply(saving.creator().create(command));
            edit.redirect().addFlashAttribute("message", "edit.created");
            return "redirect:" + saved;
        } catch (RuntimeException ex) {
            return refused(ex, form, null, errors, model);
        }
    }

    /**
     * Saves a posted edit of a record as {@link #create} does, the version it started from required, and the
     * conflict page when someone else saved it meanwhile ({@link #save}).
     */
    public String update(long id, F form, BindingResult errors, EditRequest edit) {
        return update(id, form, errors, edit, saving);
    }

    private <C> String update(long id, F form, BindingResult errors, EditRequest edit, Saving<V, F, C> saving) {
        V record = current.apply(id);
        if (rowAsked(form, edit)) {
            return withRowChanged(form, record, edit);
        }
        requireVersion(form, errors);
        C command = saving.reader().read(form, record, errors);
        if (errors.hasErrors()) {
            return shown(form, record, edit.model());
        }
        try {
            return save(id, form, edit, () -> {
                saving.updater().update(id, form.getVersion(), command);
                return address.apply(id);
            });
        } catch (RuntimeException ex) {
            return refused(ex, form, record, errors, edit.model());
        }
    }

    /** Whether the form was posted for a row button; only a form with repeated groups has them. */
    private static boolean rowAsked(Object form, EditRequest edit) {
        return edit.rows() != null && edit.rows().asked() && form instanceof RowChange.Rows;
    }

    private String withRowChanged(F form, V record, EditRequest edit) {
        edit.rows().applyTo((RowChange.Rows) form, edit.model());
        return shown(form, record, edit.model());
    }

    private String refused(RuntimeException ex, F form, V record, BindingResult errors, Model model) {
        Refusal refusal = refusals.entrySet().stream()
                .filter(known -> known.getKey().isInstance(ex))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> ex);
        errors.rejectValue(refusal.field(), refusal.code());
        return shown(form, record, model);
    }

    /** The page of a new record's form, blank or filled as its controller starts it. */
    public String newPage(F form, Model model) {
        return shown(form, null, model);
    }

    /**
     * The kind's form page, with what every form page uses: the form itself and the precisions of the date
     * widgets.
     */
    private String shown(F form, V record, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("precisions", DatePrecision.values());
        return page.show(form, record, model);
    }

    /** The edit page of a record as saved now, its form carrying the current version. */
    public String editPage(long id, Model model) {
        V record = current.apply(id);
        F form = formOf.apply(record);
        forEditing.accept(form);
        return shown(form, record, model);
    }

    /** An edit names the version it started from; without one (a tampered or truncated post) nothing is saved. */
    public void requireVersion(F form, BindingResult errors) {
        if (form.getVersion() == null) {
            errors.reject("edit.versionMissing");
        }
    }

    /**
     * Saves an edit and redirects to the address {@code save} answers, with the saved message. When someone else
     * saved the record since the form's version, the conflict page answers instead and nothing is saved. Any
     * other refusal is the caller's to explain.
     */
    public String save(long id, F form, EditRequest edit, Supplier<String> save) {
        try {
            String address = save.get();
            edit.redirect().addFlashAttribute("message", "edit.saved");
            return "redirect:" + address;
        } catch (EditConflictException ex) {
            return conflict(id, form, edit.model(), edit.response());
        }
    }

    /**
     * The conflict page: the editor's input stays in the form, now carrying the current version so that saving
     * again applies it on top, above it each field where the saved record differs and who saved it meanwhile.
     */
    private String conflict(long id, F form, Model model, HttpServletResponse response) {
        V saved = current.apply(id);
        F savedForm = formOf.apply(saved);
        model.addAttribute(
                "conflict",
                EditConflict.between(savedForm, form).with(savedMeanwhile.since(table, id, form.getVersion())));
        model.addAttribute("editedVersion", form.getVersion());
        form.setVersion(savedForm.getVersion());
        response.setStatus(HttpStatus.CONFLICT.value());
        return shown(form, saved, model);
    }

    /** Archives a record at the version the editor saw and returns to where its archiving leads. */
    public String archive(long id, long version, RedirectAttributes redirect) {
        return changeArchiving(
                () -> archiving.apply(id, version), "edit.archived", archivedAddress.apply(id), redirect);
    }

    /** Restores an archived record at the version the editor saw and returns to its address. */
    public String restore(long id, long version, RedirectAttributes redirect) {
        return changeArchiving(() -> restoring.apply(id, version), "edit.restored", address.apply(id), redirect);
    }

    /** Archives or restores a record by {@code change} and returns to {@code address}, which says how it went. */
    private static String changeArchiving(Runnable change, String done, String address, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("message", done);
        } catch (EditConflictException ex) {
            redirect.addFlashAttribute("problem", "edit.staleArchive");
        }
        return "redirect:" + address;
    }
}
