package org.defencetracker.act;

/** How one act bears on another: read "from AMENDS to". */
public enum RelationType {
    AMENDS,
    IMPLEMENTS,
    REPEALS
}
