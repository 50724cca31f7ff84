package org.defencetracker.act;

import org.defencetracker.shared.RecordNotFoundException;

/** The relation asked for does not exist, or links two other acts than the one it was addressed under. */
public class RelationNotFoundException extends RecordNotFoundException {

    public RelationNotFoundException(long actId, long relationId) {
        super("Relation of act " + actId, relationId);
    }
}
