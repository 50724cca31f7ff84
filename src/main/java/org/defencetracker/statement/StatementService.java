package org.defencetracker.statement;

import java.util.List;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineService;
import org.springframework.context.ApplicationEventPublisher;
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
        timeline.record(new TimelineEntryDraft(
                "statement:" + view.id(),
                EntryKind.STATEMENT,
                view.stance().name(),
                view.date(),
                headline(view, actorName),
                view.text(),
                pathOf(view),
                actorBody == null ? null : actorBody.id(),
                actorBody == null ? null : actorBody.nameEn(),
                null,
                view.claimedOrigin(),
                null,
                cited.stream().map(SourceView::citation).toList()));
        events.publishEvent(new StatementRecorded(view.id(), view.incidentId(), view.actId()));
        return view;
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
