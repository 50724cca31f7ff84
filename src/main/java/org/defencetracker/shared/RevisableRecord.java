package org.defencetracker.shared;

import jakarta.persistence.MappedSuperclass;
import java.time.Clock;

/**
 * A record whose editable fields all come from one command of type {@code C}: the command that creates the record
 * is the one that corrects it, so creating and revising fill the fields the same way.
 */
@MappedSuperclass
public abstract class RevisableRecord<C> extends EditableRecord {

    /** For JPA, which fills the fields from the row. */
    protected RevisableRecord() {}

    /** A new record, created at the clock's present instant; the subclass then applies its command. */
    protected RevisableRecord(Clock clock) {
        super(clock);
    }

    /** Replaces what an editor may change; {@code editedVersion} is the version the editor started from. */
    public void revise(C command, long editedVersion, Clock clock) {
        edit(editedVersion, clock, () -> apply(command));
    }

    /** Sets every field an editor may change from {@code command}. */
    protected abstract void apply(C command);
}
