package org.defencetracker.act;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.DutyRevision;
import org.defencetracker.body.GrantDuties;
import org.defencetracker.body.MandateService;
import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.shared.Constraints;
import org.defencetracker.shared.RevisableRecord;
import org.defencetracker.statement.SourceService;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntriesNear;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues acts with their stages and the duties they give, keeps their timeline entries, and answers what
 * happened around an act in time.
 */
@Service
@Transactional(readOnly = true)
public class ActService {

    private final ActRepository acts;
    private final ActRelationRepository relations;
    private final BodyService bodies;
    private final MandateService mandates;
    private final SourceService sources;
    private final org.defencetracker.statement.StatementService statements;
    private final ActEntries entries;
    private final TimelineQueries timeline;
    private final DefenceTrackerProperties properties;
    private final Clock clock;

    ActService(
            ActRepository acts,
            ActRelationRepository relations,
            BodyService bodies,
            MandateService mandates,
            SourceService sources,
            org.defencetracker.statement.StatementService statements,
            ActEntries entries,
            TimelineQueries timeline,
            DefenceTrackerProperties properties,
            Clock clock) {
        this.acts = acts;
        this.relations = relations;
        this.bodies = bodies;
        this.mandates = mandates;
        this.sources = sources;
        this.statements = statements;
        this.entries = entries;
        this.timeline = timeline;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public ActView issue(IssueAct command) {
        BodyView issuer = bodies.get(command.issuingBodyId());
        for (IssueAct.Stage stage : command.stages()) {
            if (stage.bodyId() != null) {
                bodies.get(stage.bodyId());
            }
        }
        if (command.officialNumber() != null
                && !command.officialNumber().isBlank()
                && acts.existsByKindAndIssuingBodyIdAndOfficialNumber(
                        command.kind(), issuer.id(), command.officialNumber().strip())) {
            throw new DuplicateOfficialNumberException(
                    command.kind(), command.officialNumber().strip());
        }
        List<Citation> citations = sources.citations(command.sourceIds());
        LegalAct act = flushed(RevisableRecord.created(LegalAct::new, command, clock));
        ActView view = act.view(today());
        entries.write(view, citations);
        for (IssueAct.Duties duties : command.duties()) {
            mandates.grant(new GrantDuties(
                    duties.bodyId(),
                    act.id(),
                    entries.label(view),
                    duties.duties(),
                    duties.validFrom(),
                    duties.validTo(),
                    citations));
        }
        return view;
    }

    /**
     * Saves an editor's correction of an act made from {@code editedVersion}: its fields, stages and sources, the
     * duties it grants (see {@link MandateService#reviseGrants}) and all its timeline entries.
     */
    @Transactional
    public ActView update(long id, long editedVersion, IssueAct command, List<DutyRevision> duties) {
        LegalAct act = acts.findById(id).orElseThrow(() -> new ActNotFoundException(id));
        BodyView issuer = bodies.get(command.issuingBodyId());
        if (command.officialNumber() != null
                && !command.officialNumber().isBlank()
                && acts.existsOtherWithNumber(
                        command.kind(), issuer.id(), command.officialNumber().strip(), id)) {
            throw new DuplicateOfficialNumberException(
                    command.kind(), command.officialNumber().strip());
        }
        List<Citation> citations = sources.citations(command.sourceIds());
        act.revise(command, editedVersion, clock);
        act = flushed(act);
        ActView view = act.view(today());
        entries.write(view, citations);
        mandates.reviseGrants(id, entries.label(view), duties, citations);
        if (act.archived()) {
            mandates.removeEntriesOfAct(id);
        }
        return view;
    }

    /** Takes the act and the mandate changes it made off the timeline; the act page and its history remain. */
    @Transactional
    public ActView archive(long id, long editedVersion) {
        LegalAct act = acts.findById(id).orElseThrow(() -> new ActNotFoundException(id));
        act.archive(editedVersion, clock);
        act = flushed(act);
        entries.remove(id);
        mandates.removeEntriesOfAct(id);
        statements.removeEntriesAboutAct(id);
        return act.view(today());
    }

    @Transactional
    public ActView restore(long id, long editedVersion) {
        LegalAct act = acts.findById(id).orElseThrow(() -> new ActNotFoundException(id));
        act.restore(editedVersion, clock);
        act = flushed(act);
        writeEntries(act);
        statements.writeEntriesAboutAct(id);
        return act.view(today());
    }

    /** Writes the act's stage and mandate entries again, e.g. after one of its sources changed. */
    @Transactional
    public void rewriteEntries(long id) {
        LegalAct act = acts.findById(id).orElseThrow(() -> new ActNotFoundException(id));
        if (!act.archived()) {
            writeEntries(act);
        }
    }

    /** A statement about an archived act stays off the timeline, like the act itself. */
    @org.springframework.context.event.EventListener
    @Transactional
    void on(org.defencetracker.statement.StatementRecorded event) {
        if (event.actId() != null
                && acts.findById(event.actId()).map(LegalAct::archived).orElse(false)) {
            statements.removeEntriesAboutAct(event.actId());
        }
    }

    /** A changed source: the acts citing it carry its citation on their entries, written again here. */
    @org.springframework.context.event.EventListener
    @Transactional
    void on(org.defencetracker.statement.SourceRevised event) {
        for (LegalAct act : acts.findCiting(event.sourceId())) {
            if (!act.archived()) {
                writeEntries(act);
            }
        }
    }

    /** An act's withdrawal of a duty another act granted, effective from a date. */
    @Transactional
    public void withdraw(long actId, long mandateId, LocalDate effectiveOn) {
        LegalAct act = acts.findById(actId).orElseThrow(() -> new ActNotFoundException(actId));
        mandates.withdraw(new org.defencetracker.body.WithdrawDuty(
                mandateId, actId, entries.label(act.view(today())), effectiveOn, sources.citations(act.sourceIds())));
    }

    @Transactional
    public void relate(long fromActId, RelationType type, long toActId) {
        LegalAct from = acts.findById(fromActId).orElseThrow(() -> new ActNotFoundException(fromActId));
        LegalAct to = acts.findById(toActId).orElseThrow(() -> new ActNotFoundException(toActId));
        boolean exists = relations.findInvolving(fromActId).stream().anyMatch(r -> r.joins(fromActId, type, toActId));
        if (exists) {
            throw new DuplicateRelationException();
        }
        relations.save(new ActRelation(from, to, type));
    }

    /** Removes a link between two acts; {@code actId} is either end, so the page it was removed from. */
    @Transactional
    public void unrelate(long actId, long relationId) {
        ActRelation relation = relations.findInvolving(actId).stream()
                .filter(r -> r.id() == relationId)
                .findFirst()
                .orElseThrow(() -> new RelationNotFoundException(actId, relationId));
        relations.delete(relation);
    }

    private void writeEntries(LegalAct act) {
        List<Citation> citations = sources.citations(act.sourceIds());
        ActView view = act.view(today());
        entries.write(view, citations);
        mandates.writeEntriesOfAct(act.id(), entries.label(view), citations);
    }

    private LegalAct flushed(LegalAct act) {
        try {
            return acts.saveAndFlush(act);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
            throw new org.defencetracker.shared.EditConflictException("act", act.id(), -1, -1);
        } catch (org.springframework.dao.DataIntegrityViolationException ex) {
            // Two editors saving the same number at once: the unique index decides, the form explains. Any other
            // refusal is not about the number and is answered as what it is.
            if (Constraints.violated(ex, "ux_act_official_number")) {
                throw new DuplicateOfficialNumberException(act.kind(), "(taken meanwhile)");
            }
            throw ex;
        }
    }

    public Optional<ActView> find(long id) {
        return acts.findById(id).map(act -> act.view(today()));
    }

    public ActView get(long id) {
        return find(id).orElseThrow(() -> new ActNotFoundException(id));
    }

    public List<ActView> list(ActKind kind) {
        List<LegalAct> found = kind == null ? acts.findAllNewestFirst() : acts.findByKind(kind);
        return found.stream().map(act -> act.view(today())).toList();
    }

    /**
     * Acts issued, changed, archived or restored at or after {@code since}, archived ones included, oldest change
     * first: what a copy kept in sync needs to fetch.
     */
    public List<ActView> changedSince(java.time.Instant since) {
        return acts.findChangedSince(since).stream()
                .map(act -> act.view(today()))
                .toList();
    }

    /** Every act, archived ones too, in the order they were issued: what a full dump holds. */
    public List<ActView> everyAct() {
        return acts.findEveryById().stream().map(act -> act.view(today())).toList();
    }

    public long count() {
        return acts.count();
    }

    /** Relations of an act in both directions: what it amends, and what amends it. */
    public List<ActRelationView> relationsOf(long actId) {
        return relations.findInvolving(actId).stream()
                .map(r -> r.viewFrom(actId, today()))
                .toList();
    }

    /** Incidents whose dates fall within the configured window before the act's first stage and after its last. */
    public EntriesNear incidentsAround(long actId) {
        ActView act = get(actId);
        LocalDate first = act.stages().stream()
                .map(s -> s.date().start())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = act.stages().stream()
                .map(s -> s.date().end())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        int days = properties.proximityDays();
        return timeline.around(first.minusDays(days), last.plusDays(days), Set.of(EntryKind.INCIDENT));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
