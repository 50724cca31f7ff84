package org.defencetracker.body;

/** Another body of the same country already has this English name (names compare without case). */
public class DuplicateBodyNameException extends RuntimeException {

    private final Long otherId;

    public DuplicateBodyNameException(String name, Long otherId) {
        super("a body named " + name + " exists already");
        this.otherId = otherId;
    }

    /** The body that has the name, when known. */
    public Long otherId() {
        return otherId;
    }
}
