package org.defencetracker.incident;

public enum IncidentKind {
    DRONE_INCURSION,
    AIRSPACE_VIOLATION,
    DEBRIS_FOUND,
    CRASH,
    SHOOT_DOWN
}
