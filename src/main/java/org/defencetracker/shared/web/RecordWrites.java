package org.defencetracker.shared.web;

/**
 * The writes of a record kind's service that its edit pages make, each given to the kind's {@link EditFlow} as a
 * method reference ({@code bodies::update}, {@code bodies::archive}).
 */
public final class RecordWrites {

    private RecordWrites() {}

    /** Saves a new record from its command, answering the new record's id. */
    @FunctionalInterface
    public interface Creator<C> {
        long create(C command);
    }

    /** Saves an edit of a record from its command, given the version the edit started from. */
    @FunctionalInterface
    public interface Updater<C> {
        void update(long id, long version, C command);
    }

    /** Archives or restores a record, given the version the editor saw. */
    @FunctionalInterface
    public interface ArchiveChange {
        void apply(long id, long version);
    }
}
