package org.defencetracker.act;

import org.defencetracker.shared.RecordNotFoundException;

public class ActNotFoundException extends RecordNotFoundException {

    public ActNotFoundException(long id) {
        super("Act", id);
    }
}
