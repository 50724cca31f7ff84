package org.defencetracker.statement;

import org.defencetracker.shared.RecordNotFoundException;

public class SourceNotFoundException extends RecordNotFoundException {

    public SourceNotFoundException(long id) {
        super("Source", id);
    }
}
