package org.defencetracker.account;

/** An account that holds as many tokens as it may: one must be revoked before another is issued. */
public class TooManyTokensException extends RuntimeException {

    public TooManyTokensException(int limit) {
        super("an account holds at most " + limit + " tokens");
    }
}
