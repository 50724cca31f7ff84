package org.defencetracker.account;

import org.defencetracker.shared.RecordNotFoundException;

public class AccountNotFoundException extends RecordNotFoundException {

    public AccountNotFoundException(long id) {
        super("Account", id);
    }
}
