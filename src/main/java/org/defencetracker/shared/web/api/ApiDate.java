package org.defencetracker.shared.web.api;

import java.time.LocalDate;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;

/** A date as the API writes it: the period it stands for, how precisely it is known, and whether only roughly. */
public record ApiDate(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate) {

    public static ApiDate of(FuzzyDate date) {
        return date == null ? null : new ApiDate(date.start(), date.end(), date.precision(), date.approximate());
    }
}
