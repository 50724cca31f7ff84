package org.defencetracker.statement.web;

import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.shared.web.EditFlow;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.RecordEditPages;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementChecks;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Editors record statements about an incident or an act, correct them, archive and restore them; each save
 * returns to the subject's page, where the statement stands in the claim ledger.
 */
@Controller
@RequestMapping("/statements")
class StatementEditController extends RecordEditPages<StatementView, StatementForm> {

    private final StatementService statements;
    private final SourceService sources;
    private final StatementChecks checks;

    StatementEditController(
            StatementService statements, SourceService sources, StatementChecks checks, SavedMeanwhile savedMeanwhile) {
        this.statements = statements;
        this.sources = sources;
        this.checks = checks;
        edits(new EditFlow<>(savedMeanwhile, "statement", statements::get, this::currentForm, this::form)
                .saving(checks::read, command -> statements.record(command).id(), statements::update)
                .archiving(statements::archive, statements::restore)
                // A statement stands in its subject's claim ledger; an archived one no longer does.
                .addressedBy(id -> pathOf(statements.get(id)), id -> subjectPath(statements.get(id))));
    }

    @GetMapping("/new")
    String newForm(
            @RequestParam(required = false) Long incident, @RequestParam(required = false) Long act, Model model) {
        StatementForm form = new StatementForm();
        if (incident != null) {
            checks.incidentName(incident).ifPresent(name -> form.setIncident(Picker.ref(name, incident)));
        }
        if (act != null) {
            checks.actName(act).ifPresent(name -> form.setAct(Picker.ref(name, act)));
        }
        return newPage(form, model);
    }

    private StatementForm currentForm(StatementView statement) {
        StatementForm form = new StatementForm();
        form.setDate(DateInput.text(statement.date()));
        form.setPrecision(statement.date().precision());
        form.setApproximate(statement.date().approximate());
        form.setActorType(statement.actorType());
        if (statement.actorBodyId() != null) {
            form.setActorBody(Picker.ref(statement.actorName(), statement.actorBodyId()));
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
            form.setIncident(Picker.ref(checks.incidentName(id).orElse("?"), id));
        }
        if (statement.actId() != null) {
            long id = statement.actId();
            form.setAct(Picker.ref(checks.actName(id).orElse("?"), id));
        }
        form.setSources(statement.sources().stream()
                .map(s -> Picker.ref(s.name(), s.id()))
                .toArray(RecordRef[]::new));
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
        model.addAttribute("statement", statement);
        model.addAttribute("actorTypes", ActorType.values());
        model.addAttribute("stances", Stance.values());
        model.addAttribute("bodyOptions", Picker.labels(checks.actors(statement)));
        model.addAttribute("incidentOptions", Picker.labels(checks.incidents()));
        model.addAttribute("actOptions", Picker.labels(checks.acts()));
        model.addAttribute("sourceOptions", Picker.labels(sources.choices(StatementChecks.cited(statement))));
        model.addAttribute("backPath", statement == null ? "/incidents" : subjectPath(statement));
        return "statements/form";
    }
}
