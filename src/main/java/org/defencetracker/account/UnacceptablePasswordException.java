package org.defencetracker.account;

/** A password that {@link PasswordPolicy} refuses; {@link #problem()} is the message key that says why. */
public class UnacceptablePasswordException extends IllegalArgumentException {

    private final String problem;

    public UnacceptablePasswordException(String problem) {
        super("The password is not acceptable: " + problem);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
