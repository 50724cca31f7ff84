package org.defencetracker.body;

import org.defencetracker.shared.RecordNotFoundException;

public class BodyNotFoundException extends RecordNotFoundException {

    public BodyNotFoundException(long id) {
        super("Body", id);
    }
}
