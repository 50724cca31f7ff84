package org.defencetracker.body;

import org.defencetracker.shared.RecordNotFoundException;

public class MandateNotFoundException extends RecordNotFoundException {

    public MandateNotFoundException(long id) {
        super("Mandate", id);
    }
}
