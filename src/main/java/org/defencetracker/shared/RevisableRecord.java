package org.defencetracker.shared;

import jakarta.persistence.MappedSuperclass;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * A record whose editable fields all come from one command of type {@code C}: the command that creates the record
 * is the one that corrects it, so creating and revising fill the fields the same way.
 */
@MappedSuperclass
public abstract class RevisableRecord<C> extends EditableRecord {

    /** For JPA, which fills the fields from the row. */
    protected RevisableRecord() {}

    /**
     * A new record of a kind, made by its JPA constructor ({@code blank}), created at the clock's present instant
     * and filled from {@code command}: creating is revising an empty record, written once for every kind.
     */
    public static <C, R extends RevisableRecord<C>> R created(Supplier<R> blank, C command, Clock clock) {
        R record = blank.get();
        record.markCreated(clock);
        record.apply(command);
        return record;
    }

    /** Replaces what an editor may change; {@code editedVersion} is the version the editor started from. */
    public void revise(C command, long editedVersion, Clock clock) {
        edit(editedVersion, clock, () -> apply(command));
    }

    /** Sets every field an editor may change from {@code command}. */
    protected abstract void apply(C command);
}
