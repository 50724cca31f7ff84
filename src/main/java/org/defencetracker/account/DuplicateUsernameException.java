package org.defencetracker.account;

/** Another account already has this name (names are compared without case). */
public class DuplicateUsernameException extends RuntimeException {

    public DuplicateUsernameException(String username) {
        super("An account named " + username + " already exists");
    }
}
