package org.defencetracker.body;

/** Whether an act gave a duty to a body or took one away. */
public enum MandateChange {
    GRANTED,
    WITHDRAWN
}
