package org.defencetracker.statement;

import java.util.List;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records statements with their timeline entries, and reads the statements about an incident or an act. */
@Service
@Transactional(readOnly = true)
public class StatementService {

    private final StatementRepository statements;
    private final SourceService sources;
    private final BodyService bodies;
    private final TimelineService timeline;
    private final ApplicationEventPublisher events;

    StatementService(
            StatementRepository statements,
            SourceService sources,
            BodyService bodies,
            TimelineService timeline,
            ApplicationEventPublisher events) {
        this.statements = statements;
        this.sources = sources;
        this.bodies = bodies;
        this.timeline = timeline;
        this.events = events;
    }

    @Transactional
    public StatementView record(RecordStatement command) {
        BodyView actorBody = command.actorBodyId() == null ? null : bodies.get(command.actorBodyId());
        String actorName =
                actorBody != null ? actorBody.nameEn() : command.actorName().strip();
        List<SourceView> cited = sources.get(command.sourceIds());
        Statement statement = statements.save(new Statement(command, actorName));
        StatementView view = statement.view(cited);
        writeEntry(view);
        events.publishEvent(new StatementRecorded(view.id(), view.incidentId(), view.actId()));
        return view;
    }

    /** A changed source: the statements citing it carry its citation on their entries, written again here. */
    @EventListener
    @Transactional
    void on(SourceRevised event) {
        for (Statement statement : statements.findCiting(event.sourceId())) {
            StatementView view = view(statement);
            writeEntry(view);
            // Lets the subject's module take the entry off again where the subject itself is archived.
            events.publishEvent(new StatementRecorded(view.id(), view.incidentId(), view.actId()));
        }
    }

    public List<StatementView> aboutIncident(long incidentId) {
        return statements.findAboutIncident(incidentId).stream().map(this::view).toList();
    }

    public List<StatementView> aboutAct(long actId) {
        return statements.findAboutAct(actId).stream().map(this::view).toList();
    }

    private StatementView view(Statement statement) {
        return statement.view(sources.get(statement.sourceIds()));
    }

    /** Takes the statements about an incident off the timeline, while the incident is archived. */
    @Transactional
    public void removeEntriesAboutIncident(long incidentId) {
        for (Statement statement : statements.findAboutIncident(incidentId)) {
            timeline.remove(entryKey(statement.id()));
        }
    }

    /** Writes the entries of the statements about an incident again, when the incident is restored. */
    @Transactional
    public void writeEntriesAboutIncident(long incidentId) {
        for (Statement statement : statements.findAboutIncident(incidentId)) {
            writeEntry(view(statement));
        }
    }

    private static String entryKey(long id) {
        return "statement:" + id;
    }

    private void writeEntry(StatementView view) {
        timeline.record(new TimelineEntryDraft(
                entryKey(view.id()),
                EntryKind.STATEMENT,
                view.stance().name(),
                view.date(),
                headline(view, view.actorName()),
                view.text(),
                pathOf(view),
                view.actorBodyId(),
                view.actorBodyId() == null ? null : view.actorName(),
                null,
                view.claimedOrigin(),
                null,
                view.sources().stream().map(SourceView::citation).toList()));
    }

    private static String pathOf(StatementView view) {
        String subject = view.incidentId() != null ? "/incidents/" + view.incidentId() : "/acts/" + view.actId();
        return subject + "#statement-" + view.id();
    }

    private static String headline(StatementView view, String actorName) {
        return switch (view.stance()) {
                    case ASSERTS -> view.claimedOrigin() != null ? "Claim by " : "Statement by ";
                    case CONFIRMS -> "Confirmation by ";
                    case DENIES -> "Denial by ";
                }
                + actorName;
    }
}
