package org.defencetracker.timeline;

/** What a timeline entry shows. */
public enum EntryKind {
    ACT_STAGE,
    MANDATE_CHANGE,
    INCIDENT,
    STATEMENT
}
