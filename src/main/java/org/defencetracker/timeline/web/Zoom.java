package org.defencetracker.timeline.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How much time the visual timeline spans: a calendar year, a month or an ISO week. */
public enum Zoom {
    YEAR,
    MONTH,
    WEEK;

    LocalDate start(LocalDate anchor) {
        return switch (this) {
            case YEAR -> anchor.withDayOfYear(1);
            case MONTH -> anchor.withDayOfMonth(1);
            case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    /** The first day after the window. */
    LocalDate end(LocalDate anchor) {
        LocalDate start = start(anchor);
        return switch (this) {
            case YEAR -> start.plusYears(1);
            case MONTH -> start.plusMonths(1);
            case WEEK -> start.plusWeeks(1);
        };
    }

    LocalDate previous(LocalDate anchor) {
        return start(anchor).minusDays(1);
    }

    Zoom in() {
        return this == YEAR ? MONTH : WEEK;
    }

    Zoom out() {
        return this == WEEK ? MONTH : YEAR;
    }
}
