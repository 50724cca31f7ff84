package org.defencetracker.timeline;

import java.time.YearMonth;

/** How many incidents of one attribution status fell in a month. */
public record MonthlyCount(YearMonth month, String attribution, long count) {}
