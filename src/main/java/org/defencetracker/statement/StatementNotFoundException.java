package org.defencetracker.statement;

import org.defencetracker.shared.RecordNotFoundException;

public class StatementNotFoundException extends RecordNotFoundException {

    public StatementNotFoundException(long id) {
        super("Statement", id);
    }
}
