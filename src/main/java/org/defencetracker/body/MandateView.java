package org.defencetracker.body;

import java.time.LocalDate;

/** A duty of a body and the act behind it. */
public record MandateView(
        long id, long bodyId, long actId, MandateChange change, String duty, LocalDate validFrom, LocalDate validTo) {

    public boolean isValidOn(LocalDate date) {
        return change == MandateChange.GRANTED
                && !validFrom.isAfter(date)
                && (validTo == null || !validTo.isBefore(date));
    }
}
