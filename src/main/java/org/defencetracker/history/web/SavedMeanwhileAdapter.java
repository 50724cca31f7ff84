package org.defencetracker.history.web;

import java.time.Clock;
import java.util.List;
import org.defencetracker.history.FieldChange;
import org.defencetracker.history.HistoryService;
import org.defencetracker.shared.web.EditConflict;
import org.defencetracker.shared.web.SavedMeanwhile;
import org.springframework.stereotype.Component;

/** The saves another editor made since a form's version, from the change log, in the application's zone. */
@Component
class SavedMeanwhileAdapter implements SavedMeanwhile {

    private final HistoryService history;
    private final Clock clock;

    SavedMeanwhileAdapter(HistoryService history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Override
    public List<EditConflict.Change> since(String table, long id, long version) {
        return history.changesSince(table, id, version).stream()
                .map(c -> new EditConflict.Change(
                        c.author(),
                        c.time().atZone(clock.getZone()),
                        c.fields().stream().map(FieldChange::field).toList()))
                .toList();
    }
}
