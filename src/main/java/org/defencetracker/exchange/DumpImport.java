package org.defencetracker.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.defencetracker.act.ActService;
import org.defencetracker.act.IssueAct;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.CreateBody;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.exchange.Dump.ActRecord;
import org.defencetracker.exchange.Dump.BodyRecord;
import org.defencetracker.exchange.Dump.IncidentRecord;
import org.defencetracker.exchange.Dump.MandateRecord;
import org.defencetracker.exchange.Dump.RelationRecord;
import org.defencetracker.exchange.Dump.SourceRecord;
import org.defencetracker.exchange.Dump.StageRecord;
import org.defencetracker.exchange.Dump.StatementRecord;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.StatementService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A full dump into an empty tracker, through the modules' services as an editor would enter it, so that the
 * timeline, attribution and history come out as the services write them. Dump ids are mapped to the new ids as
 * records are written; archived records are archived again at the end, withdrawn duties withdrawn again.
 */
@Component
class DumpImport {

    private static final int BATCH = 1000;

    private final SourceService sources;
    private final BodyService bodies;
    private final ActService acts;
    private final MandateService mandates;
    private final IncidentService incidents;
    private final StatementService statements;
    private final MessageSource messages;

    DumpImport(
            SourceService sources,
            BodyService bodies,
            ActService acts,
            MandateService mandates,
            IncidentService incidents,
            StatementService statements,
            MessageSource messages) {
        this.sources = sources;
        this.bodies = bodies;
        this.acts = acts;
        this.mandates = mandates;
        this.incidents = incidents;
        this.statements = statements;
        this.messages = messages;
    }

    /** A record the services refused; the import stops there and writes nothing. */
    static final class Refused extends RuntimeException {

        private final ImportProblem problem;

        Refused(ImportProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }

    /** Writes the dump (checked already) and answers how many records of each kind it wrote. */
    Map<String, Integer> write(Dump dump, Locale locale) {
        Map<Long, Long> sourceIds = new HashMap<>();
        for (SourceRecord s : dump.sources()) {
            sourceIds.put(
                    s.id(),
                    attempt(
                            "source " + s.id(),
                            locale,
                            () -> sources.create(new CreateSource(
                                            s.publisher(),
                                            s.title(),
                                            s.url(),
                                            s.published() == null
                                                    ? null
                                                    : s.published().fuzzy(),
                                            s.note()))
                                    .id()));
        }
        Map<Long, Long> bodyIds = writeBodies(dump.bodies(), locale);
        Map<Long, Long> actIds = new HashMap<>();
        Map<Long, List<MandateRecord>> grantsByAct = new HashMap<>();
        for (MandateRecord m : dump.mandates()) {
            if (m.change() == MandateChange.GRANTED) {
                grantsByAct.computeIfAbsent(m.act(), a -> new ArrayList<>()).add(m);
            }
        }
        Map<Long, Long> mandateIds = new HashMap<>();
        for (ActRecord a : dump.acts()) {
            List<MandateRecord> grants = grantsByAct.getOrDefault(a.id(), List.of());
            long id = attempt(
                    "act " + a.id(),
                    locale,
                    () -> acts.issue(issue(a, grants, bodyIds, sourceIds)).id());
            actIds.put(a.id(), id);
            // The services grant an act's duties in the order given; the new rows line up with the dump's.
            List<MandateView> granted = mandates.ofAct(id).stream()
                    .filter(m -> m.change() == MandateChange.GRANTED)
                    .sorted(java.util.Comparator.comparingLong(MandateView::id))
                    .toList();
            for (int i = 0; i < grants.size() && i < granted.size(); i++) {
                mandateIds.put(grants.get(i).id(), granted.get(i).id());
            }
        }
        int relations = 0;
        for (ActRecord a : dump.acts()) {
            for (RelationRecord r : a.relations()) {
                attempt("act " + a.id(), locale, () -> {
                    acts.relate(actIds.get(a.id()), r.type(), actIds.get(r.to()));
                    return null;
                });
                relations++;
            }
        }
        int withdrawals = 0;
        for (MandateRecord m : dump.mandates()) {
            if (m.change() == MandateChange.WITHDRAWN) {
                Long granted = mandateIds.get(m.withdraws());
                attempt("mandate " + m.id(), locale, () -> {
                    if (granted == null) {
                        throw new IllegalArgumentException("the withdrawn duty is not a grant of the dump");
                    }
                    acts.withdraw(actIds.get(m.act()), granted, m.validFrom());
                    return null;
                });
                withdrawals++;
            }
        }
        Map<Long, Long> incidentIds = writeIncidents(dump.incidents(), sourceIds, locale);
        Map<Long, Long> statementIds = new HashMap<>();
        for (StatementRecord s : dump.statements()) {
            statementIds.put(
                    s.id(),
                    attempt(
                            "statement " + s.id(),
                            locale,
                            () -> statements
                                    .record(new RecordStatement(
                                            s.date() == null ? null : s.date().fuzzy(),
                                            s.actorType(),
                                            s.actorName(),
                                            mapped(s.actorBody(), bodyIds),
                                            s.actorCountry(),
                                            s.stance(),
                                            s.claimedOrigin(),
                                            s.text(),
                                            s.quote(),
                                            mapped(s.incident(), incidentIds),
                                            mapped(s.act(), actIds),
                                            s.sources().stream()
                                                    .map(sourceIds::get)
                                                    .toList()))
                                    .id()));
        }
        archive(dump, sourceIds, bodyIds, actIds, incidentIds, statementIds, locale);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sources", sourceIds.size());
        counts.put("bodies", bodyIds.size());
        counts.put("acts", actIds.size());
        counts.put("relations", relations);
        counts.put("mandates", mandateIds.size() + withdrawals);
        counts.put("incidents", incidentIds.size());
        counts.put("statements", statementIds.size());
        return counts;
    }

    /** Bodies after their parents, whatever their order in the dump. */
    private Map<Long, Long> writeBodies(List<BodyRecord> records, Locale locale) {
        Map<Long, Long> ids = new HashMap<>();
        List<BodyRecord> waiting = new ArrayList<>(records);
        while (!waiting.isEmpty()) {
            List<BodyRecord> next = new ArrayList<>();
            for (BodyRecord b : waiting) {
                if (b.parent() != null && !ids.containsKey(b.parent())) {
                    next.add(b);
                    continue;
                }
                ids.put(
                        b.id(),
                        attempt(
                                "body " + b.id(),
                                locale,
                                () -> bodies.create(new CreateBody(
                                                b.kind(),
                                                mapped(b.parent(), ids),
                                                b.country(),
                                                b.nameEn(),
                                                b.nameRu(),
                                                b.nameKk(),
                                                b.abbreviation()))
                                        .id()));
            }
            if (next.size() == waiting.size()) {
                BodyRecord b = next.get(0);
                throw new Refused(
                        ImportProblem.inRecord("body " + b.id(), "parent", message("import.dump.parentCycle", locale)));
            }
            waiting = next;
        }
        return ids;
    }

    private IssueAct issue(
            ActRecord a, List<MandateRecord> grants, Map<Long, Long> bodyIds, Map<Long, Long> sourceIds) {
        // Consecutive grants of the same body and period go together, as the act's form gives them.
        List<IssueAct.Duties> duties = new ArrayList<>();
        List<String> group = new ArrayList<>();
        MandateRecord first = null;
        for (MandateRecord m : grants) {
            if (first != null
                    && (first.body() != m.body()
                            || !first.validFrom().equals(m.validFrom())
                            || !java.util.Objects.equals(first.validTo(), m.validTo()))) {
                duties.add(new IssueAct.Duties(bodyIds.get(first.body()), group, first.validFrom(), first.validTo()));
                group = new ArrayList<>();
                first = null;
            }
            if (first == null) {
                first = m;
            }
            group.add(m.duty());
        }
        if (first != null) {
            duties.add(new IssueAct.Duties(bodyIds.get(first.body()), group, first.validFrom(), first.validTo()));
        }
        List<IssueAct.Stage> stages = new ArrayList<>();
        for (StageRecord s : a.stages()) {
            stages.add(new IssueAct.Stage(
                    s.stage(), s.date() == null ? null : s.date().fuzzy(), mapped(s.body(), bodyIds), s.note()));
        }
        return new IssueAct(
                a.kind(),
                a.officialNumber(),
                a.registryNumber(),
                a.eli(),
                a.titleEn(),
                a.titleRu(),
                a.titleKk(),
                bodyIds.get(a.issuingBody()),
                a.summary(),
                stages,
                duties,
                a.sources().stream().map(sourceIds::get).toList());
    }

    /** Incidents in batches, with their timeline entries; statements recorded later set their attribution. */
    private Map<Long, Long> writeIncidents(List<IncidentRecord> records, Map<Long, Long> sourceIds, Locale locale) {
        Map<Long, Long> ids = new HashMap<>();
        for (int from = 0; from < records.size(); from += BATCH) {
            List<IncidentRecord> slice = records.subList(from, Math.min(records.size(), from + BATCH));
            List<RecordIncident> commands = new ArrayList<>(slice.size());
            for (IncidentRecord i : slice) {
                commands.add(attempt(
                        "incident " + i.id(),
                        locale,
                        () -> new RecordIncident(
                                i.kind(),
                                i.title(),
                                i.date() == null ? null : i.date().fuzzy(),
                                i.country(),
                                i.region(),
                                i.place(),
                                i.latitude(),
                                i.longitude(),
                                i.geoPrecision(),
                                i.objectsCount(),
                                i.objectsNote(),
                                i.response(),
                                i.description(),
                                i.sources().stream().map(sourceIds::get).toList())));
            }
            List<Long> written = attempt(
                    "incident " + slice.get(0).id() + "–"
                            + slice.get(slice.size() - 1).id(),
                    locale,
                    () -> incidents.recordAll(commands));
            for (int k = 0; k < slice.size(); k++) {
                ids.put(slice.get(k).id(), written.get(k));
            }
        }
        return ids;
    }

    private void archive(
            Dump dump,
            Map<Long, Long> sourceIds,
            Map<Long, Long> bodyIds,
            Map<Long, Long> actIds,
            Map<Long, Long> incidentIds,
            Map<Long, Long> statementIds,
            Locale locale) {
        for (StatementRecord s : dump.statements()) {
            if (s.archived()) {
                long id = statementIds.get(s.id());
                attempt(
                        "statement " + s.id(),
                        locale,
                        () -> statements.archive(id, statements.get(id).version()));
            }
        }
        for (IncidentRecord i : dump.incidents()) {
            if (i.archived()) {
                long id = incidentIds.get(i.id());
                attempt(
                        "incident " + i.id(),
                        locale,
                        () -> incidents.archive(id, incidents.get(id).version()));
            }
        }
        for (ActRecord a : dump.acts()) {
            if (a.archived()) {
                long id = actIds.get(a.id());
                attempt(
                        "act " + a.id(),
                        locale,
                        () -> acts.archive(id, acts.get(id).version()));
            }
        }
        for (BodyRecord b : dump.bodies()) {
            if (b.archived()) {
                long id = bodyIds.get(b.id());
                attempt(
                        "body " + b.id(),
                        locale,
                        () -> bodies.archive(id, bodies.get(id).version()));
            }
        }
        for (SourceRecord s : dump.sources()) {
            if (s.archived()) {
                long id = sourceIds.get(s.id());
                attempt(
                        "source " + s.id(),
                        locale,
                        () -> sources.archive(id, sources.get(id).version()));
            }
        }
    }

    /** Runs one write; a refusal of the services names the record and stops the import. */
    private <T> T attempt(String record, Locale locale, Supplier<T> write) {
        try {
            return write.get();
        } catch (Refused ex) {
            throw ex;
        } catch (RuntimeException ex) {
            // The services' own refusals speak to people; the database's name its tables and SQL, which stay out.
            String reason = ex instanceof org.springframework.dao.DataAccessException || ex.getMessage() == null
                    ? message("import.dump.storedRefusal", locale)
                    : ex.getMessage();
            throw new Refused(ImportProblem.inRecord(record, null, message("import.dump.refused", locale, reason)));
        }
    }

    private static Long mapped(Long dumpId, Map<Long, Long> ids) {
        return dumpId == null ? null : ids.get(dumpId);
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
