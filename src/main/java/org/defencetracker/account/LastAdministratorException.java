package org.defencetracker.account;

/** The change would leave no enabled administrator to manage accounts. */
public class LastAdministratorException extends RuntimeException {

    public LastAdministratorException() {
        super("The last enabled administrator cannot be disabled or given another role");
    }
}
