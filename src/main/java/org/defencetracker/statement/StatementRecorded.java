package org.defencetracker.statement;

/** A statement about an incident or an act was recorded; listeners run in the same transaction. */
public record StatementRecorded(long statementId, Long incidentId, Long actId) {}
