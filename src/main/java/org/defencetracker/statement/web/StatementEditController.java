package org.defencetracker.statement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.EditConflictException;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.web.DateInput;
import org.defencetracker.shared.web.EditConflict;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementSubjects;
import org.defencetracker.statement.StatementView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors record statements about an incident or an act, correct them, archive and restore them; each save
 * returns to the subject's page, where the statement stands in the claim ledger.
 */
@Controller
class StatementEditController {

    private final SavedMeanwhile savedMeanwhile;

    /** The number at the end of a picker's option ("… · #12"). */
    private static final Pattern NUMBER = Pattern.compile("(?:^|\\s)#(\\d{1,18})\\s*$");

    private final StatementService statements;
    private final SourceService sources;
    private final BodyService bodies;
    private final ObjectProvider<StatementSubjects> subjects;
    private final Clock clock;

    StatementEditController(
            StatementService statements,
            SourceService sources,
            BodyService bodies,
            ObjectProvider<StatementSubjects> subjects,
            Clock clock,
            SavedMeanwhile savedMeanwhile) {
        this.savedMeanwhile = savedMeanwhile;
        this.statements = statements;
        this.sources = sources;
        this.bodies = bodies;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** A single source picker's text stays whole: source names often hold commas. */
    @InitBinder("form")
    void keepPickerTextsWhole(WebDataBinder binder) {
        binder.registerCustomEditor(String[].class, "sources", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(new String[] {text});
            }

            @Override
            public String getAsText() {
                return getValue() instanceof String[] texts ? String.join("; ", texts) : "";
            }
        });
    }

    @GetMapping("/statements/new")
    String newForm(
            @RequestParam(required = false) Long incident, @RequestParam(required = false) Long act, Model model) {
        StatementForm form = new StatementForm();
        if (incident != null) {
            incidentName(incident).ifPresent(name -> form.setIncident(Picker.label(name, incident)));
        }
        if (act != null) {
            actName(act).ifPresent(name -> form.setAct(Picker.label(name, act)));
        }
        return form(form, null, model);
    }

    @PostMapping("/statements")
    String create(
            @Valid @ModelAttribute("form") StatementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        RecordStatement command = command(form, null, errors);
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        StatementView saved = statements.record(command);
        redirect.addFlashAttribute("message", "edit.created");
        return "redirect:" + pathOf(saved);
    }

    @GetMapping("/statements/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        StatementView statement = statements.get(id);
        return form(currentForm(statement), statement, model);
    }

    @PostMapping("/statements/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StatementForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        StatementView statement = statements.get(id);
        if (form.getVersion() == null) {
            errors.reject("edit.versionMissing");
        }
        RecordStatement command = command(form, statement, errors);
        if (errors.hasErrors()) {
            return form(form, statement, model);
        }
        try {
            StatementView saved = statements.update(id, form.getVersion(), command);
            redirect.addFlashAttribute("message", "edit.saved");
            return "redirect:" + pathOf(saved);
        } catch (EditConflictException ex) {
            StatementView current = statements.get(id);
            model.addAttribute(
                    "conflict",
                    EditConflict.between(currentForm(current), form)
                            .with(savedMeanwhile.since("statement", id, form.getVersion())));
            model.addAttribute("editedVersion", form.getVersion());
            form.setVersion(current.version());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(form, current, model);
        }
    }

    @PostMapping("/statements/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        StatementView statement = statements.get(id);
        try {
            statements.archive(id, version);
            redirect.addFlashAttribute("message", "edit.archived");
        } catch (EditConflictException ex) {
            redirect.addFlashAttribute("problem", "edit.staleArchive");
        }
        return "redirect:" + subjectPath(statement);
    }

    @PostMapping("/statements/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        StatementView statement = statements.get(id);
        try {
            statements.restore(id, version);
            redirect.addFlashAttribute("message", "edit.restored");
        } catch (EditConflictException ex) {
            redirect.addFlashAttribute("problem", "edit.staleArchive");
        }
        return "redirect:" + pathOf(statement);
    }

    /** The command the form describes, after the checks bean validation cannot make; null when one failed. */
    private RecordStatement command(StatementForm form, StatementView current, BindingResult errors) {
        FuzzyDate date = null;
        if (!errors.hasFieldErrors("date")) {
            DatePrecision precision = form.getPrecision() == null ? DatePrecision.DAY : form.getPrecision();
            date = DateInput.read(
                    form.getDate(), precision, form.isApproximate(), LocalDate.now(clock), "date", errors);
        }
        Long actorBodyId = null;
        if (!errors.hasFieldErrors("actorBody")) {
            actorBodyId = Picker.resolve(form.getActorBody(), bodyOptions(current));
            if (actorBodyId != null && actorBodyId < 0) {
                errors.rejectValue("actorBody", "picker.unknown");
                actorBodyId = null;
            } else if (actorBodyId == null
                    && (form.getActorName() == null || form.getActorName().isBlank())
                    && !errors.hasFieldErrors("actorName")) {
                errors.rejectValue("actorName", "statement.form.actorRequired");
            }
        }
        String actorCountry = country(form.getActorCountry(), "actorCountry", errors);
        String claimedOrigin = country(form.getClaimedOrigin(), "claimedOrigin", errors);
        Long incidentId = errors.hasFieldErrors("incident")
                ? null
                : subject(
                        form.getIncident(),
                        incidentOptions(),
                        id -> current != null && Long.valueOf(id).equals(current.incidentId())
                                ? Optional.of("")
                                : incidentName(id),
                        "incident",
                        errors);
        Long actId = errors.hasFieldErrors("act")
                ? null
                : subject(
                        form.getAct(),
                        actOptions(),
                        // The statement's own subject stays valid even where no module offers acts yet.
                        id -> current != null && Long.valueOf(id).equals(current.actId())
                                ? Optional.of("")
                                : actName(id),
                        "act",
                        errors);
        boolean incidentGiven =
                form.getIncident() != null && !form.getIncident().isBlank();
        boolean actGiven = form.getAct() != null && !form.getAct().isBlank();
        if (!incidentGiven && !actGiven) {
            errors.rejectValue("incident", "statement.form.subjectRequired");
        } else if (incidentGiven && actGiven) {
            errors.rejectValue("incident", "statement.form.subjectBoth");
        }
        List<Long> sourceIds = sourceIds(form.getSources(), current, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new RecordStatement(
                date,
                form.getActorType(),
                form.getActorName(),
                actorBodyId,
                actorCountry,
                form.getStance(),
                claimedOrigin,
                form.getText(),
                form.isQuote(),
                incidentId,
                actId,
                sourceIds);
    }

    private static String country(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(code)) {
            errors.rejectValue(field, "country.unknown");
            return null;
        }
        return code;
    }

    /** The record a subject picker names: one offered, or any by its number; -1 rejected, null when empty. */
    private static Long subject(
            String text,
            Map<Long, String> offered,
            LongFunction<Optional<String>> lookup,
            String field,
            BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher number = NUMBER.matcher(text.strip());
        Long id;
        if (number.find()) {
            long wanted = Long.parseLong(number.group(1));
            id = offered.containsKey(wanted) || lookup.apply(wanted).isPresent() ? wanted : -1L;
        } else {
            id = Picker.resolve(text, offered);
        }
        if (id != null && id < 0) {
            errors.rejectValue(field, "picker.unknown");
            return null;
        }
        return id;
    }

    /** The chosen sources, each once, in the order given; at least one, each one known. */
    private List<Long> sourceIds(String[] texts, StatementView current, BindingResult errors) {
        Map<Long, String> options = sources.choices(cited(current));
        Set<Long> ids = new LinkedHashSet<>();
        for (String text : texts) {
            Long id = Picker.resolve(text, options);
            if (id != null && id < 0) {
                errors.rejectValue("sources", "picker.unknown");
                return List.of();
            }
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            errors.rejectValue("sources", "statement.form.sourcesRequired");
        }
        return new ArrayList<>(ids);
    }

    private static Set<Long> cited(StatementView statement) {
        Set<Long> ids = new LinkedHashSet<>();
        if (statement != null) {
            statement.sources().forEach(s -> ids.add(s.id()));
        }
        return ids;
    }

    /** Bodies that can be the actor: those in the lists, and the current actor even if archived since. */
    private Map<Long, String> bodyOptions(StatementView current) {
        Map<Long, String> options = new LinkedHashMap<>();
        for (BodyView b : bodies.all()) {
            options.put(b.id(), b.nameEn());
        }
        if (current != null && current.actorBodyId() != null) {
            options.putIfAbsent(current.actorBodyId(), current.actorName());
        }
        return options;
    }

    private Map<Long, String> incidentOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        subjects.orderedStream().forEach(s -> s.incidents().forEach(options::putIfAbsent));
        return options;
    }

    private Map<Long, String> actOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        subjects.orderedStream().forEach(s -> s.acts().forEach(options::putIfAbsent));
        return options;
    }

    private Optional<String> incidentName(long id) {
        return subjects.orderedStream()
                .map(s -> s.incident(id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<String> actName(long id) {
        return subjects.orderedStream()
                .map(s -> s.act(id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private StatementForm currentForm(StatementView statement) {
        StatementForm form = new StatementForm();
        form.setDate(DateInput.text(statement.date()));
        form.setPrecision(statement.date().precision());
        form.setApproximate(statement.date().approximate());
        form.setActorType(statement.actorType());
        if (statement.actorBodyId() != null) {
            form.setActorBody(Picker.label(statement.actorName(), statement.actorBodyId()));
        } else {
            form.setActorName(statement.actorName());
        }
        form.setActorCountry(statement.actorCountry());
        form.setStance(statement.stance());
        form.setClaimedOrigin(statement.claimedOrigin());
        form.setText(statement.text());
        form.setQuote(statement.quote());
        if (statement.incidentId() != null) {
            long id = statement.incidentId();
            form.setIncident(Picker.label(incidentName(id).orElse("?"), id));
        }
        if (statement.actId() != null) {
            long id = statement.actId();
            form.setAct(Picker.label(actName(id).orElse("?"), id));
        }
        form.setSources(statement.sources().stream()
                .map(s -> Picker.label(s.name(), s.id()))
                .toArray(String[]::new));
        form.setVersion(statement.version());
        return form;
    }

    private static String subjectPath(StatementView statement) {
        return statement.incidentId() != null ? "/incidents/" + statement.incidentId() : "/acts/" + statement.actId();
    }

    private static String pathOf(StatementView statement) {
        return subjectPath(statement) + "#statement-" + statement.id();
    }

    private String form(StatementForm form, StatementView statement, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("statement", statement);
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("actorTypes", ActorType.values());
        model.addAttribute("stances", Stance.values());
        model.addAttribute("bodyOptions", Picker.labels(bodyOptions(statement)));
        model.addAttribute("incidentOptions", Picker.labels(incidentOptions()));
        model.addAttribute("actOptions", Picker.labels(actOptions()));
        model.addAttribute("sourceOptions", Picker.labels(sources.choices(cited(statement))));
        model.addAttribute("backPath", statement == null ? "/incidents" : subjectPath(statement));
        return "statements/form";
    }
}
