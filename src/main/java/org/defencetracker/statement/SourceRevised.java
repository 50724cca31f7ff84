package org.defencetracker.statement;

/**
 * An editor changed a source. The records citing it copied its citation into their timeline entries; listeners
 * write those entries again, in the same transaction.
 */
public record SourceRevised(long sourceId) {}
