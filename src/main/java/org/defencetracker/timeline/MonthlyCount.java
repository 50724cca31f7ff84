package org.defencetracker.timeline;

import java.time.YearMonth;

/**
 * How many incidents of one attribution status fell in a month; {@code withinMonth} is false for those whose date
 * is known only to a longer period starting that month.
 */
public record MonthlyCount(YearMonth month, String attribution, boolean withinMonth, long count) {}
