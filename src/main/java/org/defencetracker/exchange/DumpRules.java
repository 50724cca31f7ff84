package org.defencetracker.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.defencetracker.act.ActChecks;
import org.defencetracker.body.BodyChecks;
import org.defencetracker.body.MandateChange;
import org.defencetracker.exchange.Dump.ActRecord;
import org.defencetracker.exchange.Dump.BodyRecord;
import org.defencetracker.exchange.Dump.IncidentRecord;
import org.defencetracker.exchange.Dump.MandateRecord;
import org.defencetracker.exchange.Dump.SourceRecord;
import org.defencetracker.exchange.Dump.StatementRecord;
import org.defencetracker.incident.IncidentChecks;
import org.defencetracker.shared.InputValidator;
import org.defencetracker.statement.SourceChecks;
import org.defencetracker.statement.StatementChecks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Holds every record of a dump to the rules of the form that enters it by hand: each record is read as the form's
 * draft and goes through the same bean validation and the same checks, so it is refused with the form's message at
 * the dump's record ("act 12") and field ("stages[1].date"). References between records are checked elsewhere.
 */
@Component
class DumpRules {

    private final InputValidator input;
    private final SourceChecks sourceChecks;
    private final ActChecks actChecks;
    private final IncidentChecks incidentChecks;
    private final StatementChecks statementChecks;
    private final MessageSource messages;

    DumpRules(
            InputValidator input,
            SourceChecks sourceChecks,
            ActChecks actChecks,
            IncidentChecks incidentChecks,
            StatementChecks statementChecks,
            MessageSource messages) {
        this.input = input;
        this.sourceChecks = sourceChecks;
        this.actChecks = actChecks;
        this.incidentChecks = incidentChecks;
        this.statementChecks = statementChecks;
        this.messages = messages;
    }

    void check(Dump dump, List<ImportProblem> problems, Locale locale) {
        Report report = new Report(problems, locale);
        for (SourceRecord s : dump.sources()) {
            ImportDrafts.Source draft = new ImportDrafts.Source(s);
            BindingResult errors = input.validate(draft);
            sourceChecks.read(draft, errors);
            report.add("source " + s.id(), "", errors);
        }
        Map<Long, BodyRecord> bodies = new HashMap<>();
        dump.bodies().forEach(b -> bodies.putIfAbsent(b.id(), b));
        for (BodyRecord b : dump.bodies()) {
            ImportDrafts.Body draft = new ImportDrafts.Body(b);
            BindingResult errors = input.validate(draft);
            String country = BodyChecks.country(draft, errors);
            BodyRecord parent = b.parent() == null ? null : bodies.get(b.parent());
            if (parent != null && parent.country() != null && !errors.hasFieldErrors("country")) {
                BodyChecks.parentCountry(parent.country().strip().toUpperCase(Locale.ROOT), country, errors);
            }
            report.add("body " + b.id(), "", errors);
        }
        for (ActRecord a : dump.acts()) {
            act(a, report);
        }
        mandates(dump.mandates(), report);
        for (IncidentRecord i : dump.incidents()) {
            ImportDrafts.Incident draft = new ImportDrafts.Incident(i);
            BindingResult errors = input.validate(draft);
            // The cited sources are the dump's, checked as references; here only whether there is one.
            incidentChecks.read(draft, errors, e -> i.sources().isEmpty() ? List.of() : List.of(-1L));
            report.add("incident " + i.id(), "", errors);
        }
        for (StatementRecord s : dump.statements()) {
            ImportDrafts.Statement draft = new ImportDrafts.Statement(s);
            BindingResult errors = input.validate(draft);
            statementChecks.date(draft, errors);
            StatementChecks.actor(draft, s.actorBody(), errors);
            StatementChecks.country(draft.getActorCountry(), "actorCountry", errors);
            StatementChecks.country(draft.getClaimedOrigin(), "claimedOrigin", errors);
            StatementChecks.subject(s.incident() != null, s.act() != null, errors);
            StatementChecks.sources(s.sources(), 0, errors);
            report.add("statement " + s.id(), "", errors);
        }
    }

    private void act(ActRecord a, Report report) {
        String record = "act " + a.id();
        report.add(record, "", input.validate(new ImportDrafts.Act(a)));
        for (int k = 0; k < a.stages().size(); k++) {
            ImportDrafts.Stage stage = new ImportDrafts.Stage(a.stages().get(k));
            BindingResult errors = input.validate(stage);
            actChecks.stage(stage, null, "", errors);
            report.add(record, "stages[" + k + "].", errors);
        }
        if (a.stages().isEmpty()) {
            report.add(record, "stages", "act.stageRequired");
        }
        if (a.sources().isEmpty()) {
            report.add(record, "sources", "act.sourceRequired");
        }
    }

    /** Grants as the act form's duties; withdrawals as its withdrawals, each grant withdrawn once, after it began. */
    private void mandates(List<MandateRecord> mandates, Report report) {
        Map<Long, MandateRecord> grants = new HashMap<>();
        mandates.stream().filter(m -> m.change() == MandateChange.GRANTED).forEach(m -> grants.putIfAbsent(m.id(), m));
        Set<Long> withdrawn = new HashSet<>();
        for (MandateRecord m : mandates) {
            String record = "mandate " + m.id();
            ImportDrafts.Duty draft = new ImportDrafts.Duty(m);
            BindingResult errors = input.validate(draft);
            if (m.change() == MandateChange.WITHDRAWN) {
                MandateRecord grant = m.withdraws() == null ? null : grants.get(m.withdraws());
                actChecks.effectiveOn(
                        draft.getValidFrom(), grant == null ? null : grant.validFrom(), "validFrom", errors);
                if (m.withdraws() != null && !withdrawn.add(m.withdraws())) {
                    report.add(record, "withdraws", "act.withdrawal.twice");
                }
            } else {
                actChecks.duty(draft, "", errors);
            }
            report.add(record, "", errors);
        }
    }

    /** Adds the problems of one record: the first refusal of each field, with the form's message. */
    private final class Report {

        private final List<ImportProblem> problems;
        private final Locale locale;

        Report(List<ImportProblem> problems, Locale locale) {
            this.problems = problems;
            this.locale = locale;
        }

        void add(String record, String prefix, BindingResult errors) {
            Set<String> reported = new LinkedHashSet<>();
            for (ObjectError error : errors.getAllErrors()) {
                String field = error instanceof FieldError fieldError ? prefix + fieldError.getField() : null;
                if (field != null && !reported.add(field)) {
                    continue;
                }
                problems.add(ImportProblem.inRecord(record, field, messages.getMessage(error, locale)));
            }
        }

        void add(String record, String field, String code) {
            problems.add(ImportProblem.inRecord(record, field, messages.getMessage(code, null, locale)));
        }
    }
}
