package org.defencetracker.incident;

/** What the defending side did, where known. */
public enum IncidentResponse {
    UNKNOWN,
    NONE,
    SCRAMBLED,
    SHOT_DOWN,
    LANDED_OR_SEIZED
}
