package org.defencetracker.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.defencetracker.act.ActService;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.MandateChange;
import org.defencetracker.exchange.Dump.ActRecord;
import org.defencetracker.exchange.Dump.BodyRecord;
import org.defencetracker.exchange.Dump.IncidentRecord;
import org.defencetracker.exchange.Dump.MandateRecord;
import org.defencetracker.exchange.Dump.SourceRecord;
import org.defencetracker.exchange.Dump.StatementRecord;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.StatementService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What can be found wrong with a dump before anything is written: its format, an occupied tracker, ids given
 * twice, references to records the dump lacks, and every record held to its form's rules ({@link DumpRules}).
 */
@Component
class DumpChecks {

    private final SourceService sources;
    private final BodyService bodies;
    private final ActService acts;
    private final IncidentService incidents;
    private final StatementService statements;
    private final DumpRules rules;
    private final MessageSource messages;

    DumpChecks(
            SourceService sources,
            BodyService bodies,
            ActService acts,
            IncidentService incidents,
            StatementService statements,
            DumpRules rules,
            MessageSource messages) {
        this.sources = sources;
        this.bodies = bodies;
        this.acts = acts;
        this.incidents = incidents;
        this.statements = statements;
        this.rules = rules;
        this.messages = messages;
    }

    /** Every problem to be seen without writing: the format, an occupied database, references the dump lacks. */
    List<ImportProblem> check(Dump dump, Locale locale) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!Dump.FORMAT.equals(dump.format()) || dump.version() != Dump.VERSION) {
            problems.add(ImportProblem.ofFile(
                    message("import.dump.version", locale, String.valueOf(dump.format()), dump.version())));
            return problems;
        }
        if (sources.count() + bodies.count() + acts.count() + incidents.count() + statements.count() > 0) {
            problems.add(ImportProblem.ofFile(message("import.dump.notEmpty", locale)));
        }
        Set<Long> sourceIds = ids(dump.sources().stream().map(SourceRecord::id).toList(), "source", problems, locale);
        Set<Long> bodyIds = ids(dump.bodies().stream().map(BodyRecord::id).toList(), "body", problems, locale);
        Set<Long> actIds = ids(dump.acts().stream().map(ActRecord::id).toList(), "act", problems, locale);
        Set<Long> mandateIds =
                ids(dump.mandates().stream().map(MandateRecord::id).toList(), "mandate", problems, locale);
        Set<Long> incidentIds =
                ids(dump.incidents().stream().map(IncidentRecord::id).toList(), "incident", problems, locale);
        ids(dump.statements().stream().map(StatementRecord::id).toList(), "statement", problems, locale);
        References refs = new References(problems, locale);
        for (BodyRecord b : dump.bodies()) {
            refs.optional("body " + b.id(), "parent", b.parent(), bodyIds);
        }
        for (ActRecord a : dump.acts()) {
            String record = "act " + a.id();
            refs.required(record, "issuingBody", a.issuingBody(), bodyIds);
            a.stages().forEach(s -> refs.optional(record, "stages.body", s.body(), bodyIds));
            a.relations().forEach(r -> refs.required(record, "relations.to", r.to(), actIds));
            a.sources().forEach(s -> refs.required(record, "sources", s, sourceIds));
        }
        for (MandateRecord m : dump.mandates()) {
            String record = "mandate " + m.id();
            refs.required(record, "body", m.body(), bodyIds);
            refs.required(record, "act", m.act(), actIds);
            if (m.change() == MandateChange.WITHDRAWN) {
                refs.required(record, "withdraws", m.withdraws(), mandateIds);
            }
        }
        for (IncidentRecord i : dump.incidents()) {
            i.sources().forEach(s -> refs.required("incident " + i.id(), "sources", s, sourceIds));
        }
        for (StatementRecord s : dump.statements()) {
            String record = "statement " + s.id();
            refs.optional(record, "actorBody", s.actorBody(), bodyIds);
            refs.optional(record, "incident", s.incident(), incidentIds);
            refs.optional(record, "act", s.act(), actIds);
            s.sources().forEach(id -> refs.required(record, "sources", id, sourceIds));
        }
        rules.check(dump, problems, locale);
        return problems;
    }

    private Set<Long> ids(List<Long> ids, String kind, List<ImportProblem> problems, Locale locale) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (!seen.add(id)) {
                problems.add(ImportProblem.inRecord(
                        kind + " " + id, "id", message("import.dump.repeatedId", locale, kind, id)));
            }
        }
        return seen;
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    /** Collects a problem for every reference to a record the dump does not hold. */
    private final class References {

        private final List<ImportProblem> problems;
        private final Locale locale;

        References(List<ImportProblem> problems, Locale locale) {
            this.problems = problems;
            this.locale = locale;
        }

        void required(String record, String field, Long id, Set<Long> known) {
            if (id == null || !known.contains(id)) {
                problems.add(ImportProblem.inRecord(
                        record, field, message("import.dump.reference", locale, String.valueOf(id))));
            }
        }

        void optional(String record, String field, Long id, Set<Long> known) {
            if (id != null) {
                required(record, field, id, known);
            }
        }
    }
}
