package org.defencetracker.exchange;

import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.defencetracker.act.ActRelationView;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.exchange.Dump.ActRecord;
import org.defencetracker.exchange.Dump.BodyRecord;
import org.defencetracker.exchange.Dump.DumpDate;
import org.defencetracker.exchange.Dump.IncidentRecord;
import org.defencetracker.exchange.Dump.MandateRecord;
import org.defencetracker.exchange.Dump.RelationRecord;
import org.defencetracker.exchange.Dump.SourceRecord;
import org.defencetracker.exchange.Dump.StageRecord;
import org.defencetracker.exchange.Dump.StatementRecord;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the full dump ({@link Dump}) as JSON while reading it: incidents, the one section that grows without
 * bound, are read and written a page at a time, so the dump never holds them all.
 */
@Service
public class DumpService {

    private static final int PAGE = 500;

    private final SourceService sources;
    private final BodyService bodies;
    private final ActService acts;
    private final MandateService mandates;
    private final IncidentService incidents;
    private final StatementService statements;
    private final JsonMapper json;
    private final EntityManager entities;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    DumpService(
            SourceService sources,
            BodyService bodies,
            ActService acts,
            MandateService mandates,
            IncidentService incidents,
            StatementService statements,
            JsonMapper json,
            EntityManager entities,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.sources = sources;
        this.bodies = bodies;
        this.acts = acts;
        this.mandates = mandates;
        this.incidents = incidents;
        this.statements = statements;
        this.json = json;
        this.entities = entities;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        // One snapshot of the database for the whole dump: what an editor saves meanwhile is either all in or out.
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Writes every record to {@code out}, which stays open. */
    public void write(OutputStream out) {
        snapshot.executeWithoutResult(status -> {
            try (JsonGenerator generator = json.createGenerator(out)) {
                writeTo(generator);
            }
        });
    }

    private void writeTo(JsonGenerator out) {
        out.writeStartObject();
        out.writeStringProperty("format", Dump.FORMAT);
        out.writeNumberProperty("version", Dump.VERSION);
        out.writeName("exportedAt");
        out.writePOJO(clock.instant());
        out.writeName("sources");
        out.writeStartArray();
        for (SourceView s : sources.everySource()) {
            out.writePOJO(new SourceRecord(
                    s.id(), s.publisher(), s.title(), s.url(), DumpDate.of(s.published()), s.note(), s.archived()));
        }
        out.writeEndArray();
        out.writeName("bodies");
        out.writeStartArray();
        bodies.everyBody()
                .forEach(b -> out.writePOJO(new BodyRecord(
                        b.id(),
                        b.kind(),
                        b.parentId(),
                        b.country(),
                        b.nameEn(),
                        b.nameRu(),
                        b.nameKk(),
                        b.abbreviation(),
                        b.archived())));
        out.writeEndArray();
        out.writeName("acts");
        out.writeStartArray();
        for (ActView a : acts.everyAct()) {
            out.writePOJO(act(a));
        }
        out.writeEndArray();
        out.writeName("mandates");
        out.writeStartArray();
        List<MandateView> all = mandates.everyMandate();
        for (MandateView m : all) {
            out.writePOJO(new MandateRecord(
                    m.id(),
                    m.bodyId(),
                    m.actId(),
                    m.change(),
                    m.duty(),
                    m.validFrom(),
                    m.validTo(),
                    m.change() == MandateChange.WITHDRAWN ? withdrawn(m, all) : null));
        }
        out.writeEndArray();
        out.writeName("incidents");
        out.writeStartArray();
        long after = 0;
        while (true) {
            List<IncidentView> page = incidents.everyIncident(after, PAGE);
            for (IncidentView i : page) {
                out.writePOJO(incident(i));
            }
            out.flush();
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
            // The page is written: let go of its entities, or the snapshot's session would end up holding them all.
            entities.clear();
        }
        out.writeEndArray();
        out.writeName("statements");
        out.writeStartArray();
        for (StatementView s : statements.everyStatement()) {
            out.writePOJO(new StatementRecord(
                    s.id(),
                    DumpDate.of(s.date()),
                    s.actorType(),
                    s.actorName(),
                    s.actorBodyId(),
                    s.actorCountry(),
                    s.stance(),
                    s.claimedOrigin(),
                    s.text(),
                    s.quote(),
                    s.incidentId(),
                    s.actId(),
                    sorted(s.sources().stream().map(SourceView::id).toList()),
                    s.archived()));
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private ActRecord act(ActView a) {
        List<RelationRecord> relations = acts.relationsOf(a.id()).stream()
                .filter(ActRelationView::outgoing)
                .sorted(Comparator.comparingLong(ActRelationView::id))
                .map(r -> new RelationRecord(r.type(), r.otherActId()))
                .toList();
        return new ActRecord(
                a.id(),
                a.kind(),
                a.officialNumber(),
                a.registryNumber(),
                a.eli(),
                a.titleEn(),
                a.titleRu(),
                a.titleKk(),
                a.issuingBodyId(),
                a.summary(),
                a.summaryRu(),
                a.summaryKk(),
                a.stages().stream()
                        .map(s -> new StageRecord(s.stage(), DumpDate.of(s.date()), s.bodyId(), s.note()))
                        .toList(),
                relations,
                sorted(a.sourceIds()),
                a.archived());
    }

    private static IncidentRecord incident(IncidentView i) {
        return new IncidentRecord(
                i.id(),
                i.kind(),
                i.title(),
                DumpDate.of(i.date()),
                i.country(),
                i.region() == null ? null : i.region().code(),
                i.place(),
                i.latitude(),
                i.longitude(),
                i.geoPrecision(),
                i.objectsCount(),
                i.objectsNote(),
                i.response(),
                i.description(),
                i.translations(),
                sorted(i.sources().stream().map(SourceView::id).toList()),
                i.archived());
    }

    /**
     * The grant a withdrawal closed. The tracker does not link the two rows; the withdrawal ended a grant of the same
     * duty to the same body on the day before it took effect, or, where the grant ended earlier anyway, the latest
     * such grant that began before it.
     */
    static Long withdrawn(MandateView withdrawal, List<MandateView> all) {
        List<MandateView> candidates = all.stream()
                .filter(m -> m.change() == MandateChange.GRANTED
                        && m.bodyId() == withdrawal.bodyId()
                        && m.duty().equals(withdrawal.duty())
                        && m.validFrom().isBefore(withdrawal.validFrom())
                        && m.validTo() != null
                        && m.validTo().isBefore(withdrawal.validFrom()))
                .toList();
        return candidates.stream()
                .filter(m -> m.validTo().equals(withdrawal.validFrom().minusDays(1)))
                .findFirst()
                .or(() -> candidates.stream().max(Comparator.comparing(MandateView::validFrom)))
                .map(MandateView::id)
                .orElse(null);
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
