package org.defencetracker.shared;

/**
 * An editor saved a record from a version that another save has since replaced. Nothing was written; the page
 * shows what changed in between and lets the editor apply their input again on top of the current version.
 */
public class EditConflictException extends RuntimeException {

    private final long id;
    private final long editedVersion;
    private final long currentVersion;

    public EditConflictException(String what, long id, long editedVersion, long currentVersion) {
        super(what + " " + id + " was edited from version " + editedVersion + " but is now at version "
                + currentVersion);
        this.id = id;
        this.editedVersion = editedVersion;
        this.currentVersion = currentVersion;
    }

    public long id() {
        return id;
    }

    public long editedVersion() {
        return editedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
