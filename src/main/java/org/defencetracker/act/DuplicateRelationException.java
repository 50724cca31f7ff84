package org.defencetracker.act;

/** The two acts are already linked in this way. */
public class DuplicateRelationException extends RuntimeException {

    public DuplicateRelationException() {
        super("the acts are already linked in this way");
    }
}
