package org.defencetracker.incident;

/** How sure the attribution of an incident is, as its statements stand. */
public enum AttributionStatus {
    CONFIRMED,
    DENIED,
    ALLEGED,
    UNKNOWN
}
