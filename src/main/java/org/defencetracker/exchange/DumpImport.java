package org.defencetracker.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.defencetracker.act.ActService;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.CreateBody;
import org.defencetracker.exchange.Dump.Archivable;
import org.defencetracker.exchange.Dump.BodyRecord;
import org.defencetracker.exchange.Dump.IncidentRecord;
import org.defencetracker.exchange.Dump.SourceRecord;
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
    private final IncidentService incidents;
    private final StatementService statements;
    private final DumpActs dumpActs;
    private final MessageSource messages;

    DumpImport(
            SourceService sources,
            BodyService bodies,
            ActService acts,
            IncidentService incidents,
            StatementService statements,
            DumpActs dumpActs,
            MessageSource messages) {
        this.sources = sources;
        this.bodies = bodies;
        this.acts = acts;
        this.incidents = incidents;
        this.statements = statements;
        this.dumpActs = dumpActs;
        this.messages = messages;
    }

    /** Writes the dump (checked already) and answers how many records of each kind it wrote. */
    Map<String, Integer> write(Dump dump, Locale locale) {
        DumpAttempts attempts = new DumpAttempts(messages, locale);
        Map<Long, Long> sourceIds = new HashMap<>();
        for (SourceRecord s : dump.sources()) {
            sourceIds.put(
                    s.id(),
                    attempts.attempt(
                            "source " + s.id(),
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
        Map<Long, Long> bodyIds = writeBodies(dump.bodies(), attempts);
        DumpActs.Written written = dumpActs.write(dump, bodyIds, sourceIds, attempts);
        Map<Long, Long> actIds = written.acts();
        Map<Long, Long> incidentIds = writeIncidents(dump.incidents(), sourceIds, attempts);
        Map<Long, Long> statementIds = new HashMap<>();
        for (StatementRecord s : dump.statements()) {
            statementIds.put(
                    s.id(),
                    attempts.attempt(
                            "statement " + s.id(),
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
        // Statements first and sources last: what is archived is archived after what refers to it.
        archive(
                "statement",
                dump.statements(),
                statementIds,
                attempts,
                id -> statements.archive(id, statements.get(id).version()));
        archive(
                "incident",
                dump.incidents(),
                incidentIds,
                attempts,
                id -> incidents.archive(id, incidents.get(id).version()));
        archive(
                "act",
                dump.acts(),
                actIds,
                attempts,
                id -> acts.archive(id, acts.get(id).version()));
        archive(
                "body",
                dump.bodies(),
                bodyIds,
                attempts,
                id -> bodies.archive(id, bodies.get(id).version()));
        archive(
                "source",
                dump.sources(),
                sourceIds,
                attempts,
                id -> sources.archive(id, sources.get(id).version()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sources", sourceIds.size());
        counts.put("bodies", bodyIds.size());
        counts.put("acts", actIds.size());
        counts.put("relations", written.relations());
        counts.put("mandates", written.grants().size() + written.withdrawals());
        counts.put("incidents", incidentIds.size());
        counts.put("statements", statementIds.size());
        return counts;
    }

    /** Bodies after their parents, whatever their order in the dump. */
    private Map<Long, Long> writeBodies(List<BodyRecord> records, DumpAttempts attempts) {
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
                        attempts.attempt(
                                "body " + b.id(),
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
                throw attempts.refusal("body " + next.get(0).id(), "parent", "import.dump.parentCycle");
            }
            waiting = next;
        }
        return ids;
    }

    /** Incidents in batches, with their timeline entries; statements recorded later set their attribution. */
    private Map<Long, Long> writeIncidents(
            List<IncidentRecord> records, Map<Long, Long> sourceIds, DumpAttempts attempts) {
        Map<Long, Long> ids = new HashMap<>();
        for (int from = 0; from < records.size(); from += BATCH) {
            List<IncidentRecord> slice = records.subList(from, Math.min(records.size(), from + BATCH));
            List<RecordIncident> commands = new ArrayList<>(slice.size());
            for (IncidentRecord i : slice) {
                commands.add(attempts.attempt(
                        "incident " + i.id(),
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
                                i.sources().stream().map(sourceIds::get).toList(),
                                i.translations())));
            }
            List<Long> written = attempts.attempt(
                    "incident " + slice.get(0).id() + "–"
                            + slice.get(slice.size() - 1).id(),
                    () -> incidents.recordAll(commands));
            for (int k = 0; k < slice.size(); k++) {
                ids.put(slice.get(k).id(), written.get(k));
            }
        }
        return ids;
    }

    /** Archives again the records of one kind that the dump gives as archived. */
    private void archive(
            String kind,
            List<? extends Archivable> records,
            Map<Long, Long> ids,
            DumpAttempts attempts,
            LongConsumer archive) {
        for (Archivable r : records) {
            if (r.archived()) {
                long id = ids.get(r.id());
                attempts.run(kind + " " + r.id(), () -> archive.accept(id));
            }
        }
    }

    private static Long mapped(Long dumpId, Map<Long, Long> ids) {
        return dumpId == null ? null : ids.get(dumpId);
    }
}
