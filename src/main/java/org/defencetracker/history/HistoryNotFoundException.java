package org.defencetracker.history;

import org.defencetracker.shared.RecordNotFoundException;

/** Nothing was ever logged for the record asked for: it does not exist, or it predates the history. */
public class HistoryNotFoundException extends RecordNotFoundException {

    public HistoryNotFoundException(String table, long id) {
        super("History of " + table, id);
    }
}
