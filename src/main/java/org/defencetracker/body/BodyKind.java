package org.defencetracker.body;

/** What sort of state body it is. */
public enum BodyKind {
    HEAD_OF_STATE_OFFICE,
    GOVERNMENT,
    PARLIAMENT,
    PARLIAMENT_CHAMBER,
    COMMITTEE,
    MINISTRY,
    AGENCY,
    FORCE,
    LOCAL_AUTHORITY,
    OTHER
}
