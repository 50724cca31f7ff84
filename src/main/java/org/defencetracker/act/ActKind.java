package org.defencetracker.act;

public enum ActKind {
    DECREE,
    LAW,
    RESOLUTION,
    ORDER
}
