package org.defencetracker.account;

import org.defencetracker.shared.RecordNotFoundException;

/** A token that is not the asker's, or no longer exists. */
public class ApiTokenNotFoundException extends RecordNotFoundException {

    public ApiTokenNotFoundException(long id) {
        super("API token", id);
    }
}
