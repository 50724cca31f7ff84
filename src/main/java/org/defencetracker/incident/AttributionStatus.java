package org.defencetracker.incident;

/**
 * How sure the attribution of an incident is, as its statements stand: confirmed by the affected state's officials
 * (or admitted by the named state), denied by the affected state's officials, contested (denied by the named state,
 * the affected state silent), alleged by anyone else, or unknown without a claim naming an origin.
 */
public enum AttributionStatus {
    CONFIRMED,
    DENIED,
    CONTESTED,
    ALLEGED,
    UNKNOWN
}
