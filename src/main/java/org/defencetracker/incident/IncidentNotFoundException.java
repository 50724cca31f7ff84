package org.defencetracker.incident;

import org.defencetracker.shared.RecordNotFoundException;

public class IncidentNotFoundException extends RecordNotFoundException {

    public IncidentNotFoundException(long id) {
        super("Incident", id);
    }
}
