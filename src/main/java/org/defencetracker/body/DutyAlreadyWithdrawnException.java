package org.defencetracker.body;

/** A granted duty that an act already took away cannot be taken away again. */
public class DutyAlreadyWithdrawnException extends RuntimeException {

    private final long mandateId;
    private final long withdrawingActId;

    public DutyAlreadyWithdrawnException(long mandateId, long withdrawingActId) {
        super("duty " + mandateId + " is already withdrawn by act " + withdrawingActId);
        this.mandateId = mandateId;
        this.withdrawingActId = withdrawingActId;
    }

    public long mandateId() {
        return mandateId;
    }

    /** The act that took the duty away. */
    public long withdrawingActId() {
        return withdrawingActId;
    }
}
