package org.defencetracker.shared;

/** How much of a date is known: the day, only the month, or only the year. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
