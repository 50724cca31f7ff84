package org.defencetracker.statement;

/** What a statement does with its claim. */
public enum Stance {
    ASSERTS,
    CONFIRMS,
    DENIES
}
