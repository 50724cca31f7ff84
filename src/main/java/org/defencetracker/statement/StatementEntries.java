package org.defencetracker.statement;

import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.EntryTranslations;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineWriter;
import org.springframework.stereotype.Component;

/** A statement on the timeline: one entry, pointing to the statement in its subject's claim ledger. */
@Component
class StatementEntries {

    private final TimelineWriter timeline;

    StatementEntries(TimelineWriter timeline) {
        this.timeline = timeline;
    }

    void write(StatementView statement) {
        timeline.record(draft(statement));
    }

    void remove(long statementId) {
        timeline.remove(key(statementId));
    }

    static TimelineEntryDraft draft(StatementView statement) {
        return new TimelineEntryDraft(
                key(statement.id()),
                EntryKind.STATEMENT,
                statement.stance().name(),
                statement.date(),
                EntryTitle.message(headline(statement), statement.actorNames()),
                statement.text(),
                path(statement),
                statement.actorBodyId(),
                statement.actorBodyId() == null ? null : statement.actorName(),
                null,
                statement.claimedOrigin(),
                null,
                statement.sources().stream().map(SourceView::citation).toList(),
                new EntryTranslations(null, statement.actorBodyNames(), null));
    }

    static String key(long statementId) {
        return "statement:" + statementId;
    }

    private static String path(StatementView statement) {
        String subject =
                statement.incidentId() != null ? "/incidents/" + statement.incidentId() : "/acts/" + statement.actId();
        return subject + "#statement-" + statement.id();
    }

    private static String headline(StatementView statement) {
        String kind = statement.stance() == Stance.ASSERTS && statement.claimedOrigin() != null
                ? "CLAIM"
                : statement.stance().name();
        return "entry.statement." + kind;
    }
}
