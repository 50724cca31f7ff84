package org.defencetracker.act;

/** The dated steps of an act's life, in lifecycle order: an act's status is its furthest step reached. */
public enum StageKind {
    DRAFTED,
    PASSED_MAZHILIS,
    APPROVED_SENATE,
    ADOPTED,
    SIGNED,
    PUBLISHED,
    IN_FORCE,
    AMENDED,
    REPEALED
}
