package org.defencetracker.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;

/**
 * What every record an editor edits keeps besides its own fields: its id, the version an edit starts from, when it
 * was created and last changed, and when it was archived. The change history and the search index read these
 * columns ({@code id}, {@code version}, {@code created_at}, {@code updated_at}, {@code archived_at}) in every record
 * table. Times come from the clock a caller passes (the application's {@link Clock} bean), so tests can fix them.
 *
 * <p>No method here is final: a record loaded lazily is a Hibernate proxy, which must be able to pass every call
 * on to the loaded record.
 */
@MappedSuperclass
public abstract class EditableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant archivedAt;

    /** For JPA, which fills the fields from the row. */
    protected EditableRecord() {}

    /** A new record, created at the clock's present instant. */
    protected EditableRecord(Clock clock) {
        markCreated(clock);
    }

    /** Marks a record made with the JPA constructor as new, created at the clock's present instant. */
    protected void markCreated(Clock clock) {
        this.createdAt = clock.instant();
        this.updatedAt = createdAt;
    }

    /** Null until the record is first saved. */
    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /** Null while the record is not archived. */
    public Instant archivedAt() {
        return archivedAt;
    }

    /**
     * Takes the record out of the lists; its page and history stay. {@code editedVersion} is the version the editor
     * saw: a newer one is a conflict and changes nothing. Archiving an archived record keeps its first time.
     */
    public void archive(long editedVersion, Clock clock) {
        checkVersion(editedVersion);
        if (archivedAt == null) {
            archivedAt = clock.instant();
            updatedAt = archivedAt;
        }
    }

    /** Brings an archived record back, from the version the editor saw; a record not archived stays as it is. */
    public void restore(long editedVersion, Clock clock) {
        checkVersion(editedVersion);
        if (archivedAt != null) {
            archivedAt = null;
            updatedAt = clock.instant();
        }
    }

    /**
     * Makes an editor's {@code change} to the record's own fields, marked as made at the clock's present instant.
     * {@code editedVersion} is the version the editor started from: a newer one is a conflict and changes nothing.
     */
    protected void edit(long editedVersion, Clock clock, Runnable change) {
        checkVersion(editedVersion);
        change.run();
        updatedAt = clock.instant();
    }

    /** Refuses a change made from another version than the current one: someone else saved in between. */
    private void checkVersion(long editedVersion) {
        if (editedVersion != version) {
            throw new EditConflictException(getClass().getSimpleName(), id, editedVersion, version);
        }
    }
}
