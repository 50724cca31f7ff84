package org.defencetracker.history;

/**
 * One column of a changed row, its values as text (null where there was none): before is null for a new row,
 * after is null for a deleted one.
 */
public record FieldChange(String field, String before, String after) {}
