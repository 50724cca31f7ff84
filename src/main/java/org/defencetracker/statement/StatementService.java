package org.defencetracker.statement;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.EditConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records statements with their timeline entries, and reads the statements about an incident or an act. */
@Service
@Transactional(readOnly = true)
public class StatementService {

    private final StatementRepository statements;
    private final SourceService sources;
    private final BodyService bodies;
    private final StatementEntries entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatementService(
            StatementRepository statements,
            SourceService sources,
            BodyService bodies,
            StatementEntries entries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.statements = statements;
        this.sources = sources;
        this.bodies = bodies;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public StatementView record(RecordStatement command) {
        String actorName = actorName(command);
        List<SourceView> cited = sources.get(command.sourceIds());
        Statement statement = statements.save(new Statement(command, actorName, clock));
        StatementView view = statement.view(cited, actorBody(statement));
        entries.write(view);
        events.publishEvent(new StatementRecorded(view.id(), view.incidentId(), view.actId()));
        return view;
    }

    /**
     * Saves an editor's change made from {@code editedVersion}; a newer version means a conflict, not a save. The
     * subject's attribution is derived again ({@link StatementRecorded}); so is the former subject's, when the
     * statement now is about another record.
     */
    @Transactional
    public StatementView update(long id, long editedVersion, RecordStatement command) {
        Statement statement = statements.findById(id).orElseThrow(() -> new StatementNotFoundException(id));
        Long formerIncident = statement.incidentId();
        Long formerAct = statement.actId();
        String actorName = actorName(command);
        List<SourceView> cited = sources.get(command.sourceIds());
        statement.revise(command, actorName, editedVersion, clock);
        StatementView view = saved(statement).view(cited, actorBody(statement));
        if (!view.archived()) {
            entries.write(view);
        }
        events.publishEvent(new StatementRecorded(id, view.incidentId(), view.actId()));
        if (!Objects.equals(formerIncident, view.incidentId()) || !Objects.equals(formerAct, view.actId())) {
            events.publishEvent(new StatementRecorded(id, formerIncident, formerAct));
        }
        return view;
    }

    /** Takes the statement off the timeline and out of its subject's claim ledger, whose attribution follows. */
    @Transactional
    public StatementView archive(long id, long editedVersion) {
        Statement statement = statements.findById(id).orElseThrow(() -> new StatementNotFoundException(id));
        statement.archive(editedVersion, clock);
        StatementView view = view(saved(statement));
        entries.remove(id);
        events.publishEvent(new StatementRecorded(id, view.incidentId(), view.actId()));
        return view;
    }

    @Transactional
    public StatementView restore(long id, long editedVersion) {
        Statement statement = statements.findById(id).orElseThrow(() -> new StatementNotFoundException(id));
        statement.restore(editedVersion, clock);
        StatementView view = view(saved(statement));
        entries.write(view);
        events.publishEvent(new StatementRecorded(id, view.incidentId(), view.actId()));
        return view;
    }

    public Optional<StatementView> find(long id) {
        return statements.findById(id).map(this::view);
    }

    public StatementView get(long id) {
        return find(id).orElseThrow(() -> new StatementNotFoundException(id));
    }

    /** Every statement, archived ones too, in the order they were recorded: what a full dump holds. */
    public List<StatementView> everyStatement() {
        return statements.findEveryById().stream().map(this::view).toList();
    }

    public long count() {
        return statements.count();
    }

    /** The archived statements about an incident, for editors to restore. */
    public List<StatementView> archivedAboutIncident(long incidentId) {
        return views(statements.findArchivedAboutIncident(incidentId));
    }

    public List<StatementView> archivedAboutAct(long actId) {
        return views(statements.findArchivedAboutAct(actId));
    }

    private String actorName(RecordStatement command) {
        BodyView actorBody = command.actorBodyId() == null ? null : bodies.get(command.actorBodyId());
        return actorBody != null ? actorBody.nameEn() : command.actorName().strip();
    }

    /** Writes now, so that a concurrent editor's save fails here and not after the page. */
    private Statement saved(Statement statement) {
        try {
            return statements.saveAndFlush(statement);
        } catch (ObjectOptimisticLockingFailureException ex) {
            throw new EditConflictException("statement", statement.id(), -1, -1);
        }
    }

    /** A changed source: the statements citing it carry its citation on their entries, written again here. */
    @EventListener
    @Transactional
    void on(SourceRevised event) {
        for (Statement statement : statements.findCiting(event.sourceId())) {
            StatementView view = view(statement);
            if (view.archived()) {
                continue;
            }
            entries.write(view);
            // Lets the subject's module take the entry off again where the subject itself is archived.
            events.publishEvent(new StatementRecorded(view.id(), view.incidentId(), view.actId()));
        }
    }

    public List<StatementView> aboutIncident(long incidentId) {
        return views(statements.findAboutIncident(incidentId));
    }

    /** The claim ledgers of many incidents at once, each oldest first; incidents without claims are left out. */
    public java.util.Map<Long, List<StatementView>> aboutIncidents(java.util.Collection<Long> incidentIds) {
        if (incidentIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, List<StatementView>> ledgers = new java.util.LinkedHashMap<>();
        for (StatementView statement : views(statements.findAboutIncidents(incidentIds))) {
            ledgers.computeIfAbsent(statement.incidentId(), id -> new java.util.ArrayList<>())
                    .add(statement);
        }
        return ledgers;
    }

    public List<StatementView> aboutAct(long actId) {
        return views(statements.findAboutAct(actId));
    }

    private StatementView view(Statement statement) {
        return statement.view(sources.get(statement.sourceIds()), actorBody(statement));
    }

    /** The statements as pages show them, their sources and actors read at once for all of them. */
    private List<StatementView> views(List<Statement> found) {
        List<Long> sourceIds =
                found.stream().flatMap(s -> s.sourceIds().stream()).toList();
        java.util.Map<Long, SourceView> cited = new java.util.HashMap<>();
        if (!sourceIds.isEmpty()) {
            sources.get(sourceIds).forEach(source -> cited.put(source.id(), source));
        }
        List<Long> actorIds = found.stream()
                .map(Statement::actorBodyId)
                .filter(java.util.Objects::nonNull)
                .toList();
        java.util.Map<Long, BodyView> actors = actorIds.isEmpty() ? java.util.Map.of() : bodies.byIds(actorIds);
        return found.stream()
                .map(s -> s.view(
                        s.sourceIds().stream().map(cited::get).toList(),
                        s.actorBodyId() == null ? null : actors.get(s.actorBodyId())))
                .toList();
    }

    /** The body speaking, if one: whom its officials speak for (the attribution depends on it), and its names. */
    private BodyView actorBody(Statement statement) {
        return statement.actorBodyId() == null
                ? null
                : bodies.find(statement.actorBodyId()).orElse(null);
    }

    /** Takes the statements about an incident off the timeline, while the incident is archived. */
    @Transactional
    public void removeEntriesAboutIncident(long incidentId) {
        for (Statement statement : statements.findAboutIncident(incidentId)) {
            entries.remove(statement.id());
        }
    }

    /** Writes the entries of the statements about an incident again, when the incident is restored. */
    @Transactional
    public void writeEntriesAboutIncident(long incidentId) {
        for (Statement statement : statements.findAboutIncident(incidentId)) {
            entries.write(view(statement));
        }
    }

    /** Takes the statements about an act off the timeline, while the act is archived. */
    @Transactional
    public void removeEntriesAboutAct(long actId) {
        for (Statement statement : statements.findAboutAct(actId)) {
            entries.remove(statement.id());
        }
    }

    /** Writes the entries of the statements about an act again, when the act is restored. */
    @Transactional
    public void writeEntriesAboutAct(long actId) {
        for (Statement statement : statements.findAboutAct(actId)) {
            entries.write(view(statement));
        }
    }
}
