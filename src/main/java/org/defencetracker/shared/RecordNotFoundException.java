package org.defencetracker.shared;

/** A record asked for by its identifier does not exist; pages answer 404. */
public abstract class RecordNotFoundException extends RuntimeException {

    protected RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
