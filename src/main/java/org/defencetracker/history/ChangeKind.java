package org.defencetracker.history;

/** What a change did to its row, as a reader would say it. */
public enum ChangeKind {
    CREATED,
    CHANGED,
    /** An update that set {@code archived_at}. */
    ARCHIVED,
    /** An update that cleared {@code archived_at}. */
    RESTORED,
    DELETED
}
