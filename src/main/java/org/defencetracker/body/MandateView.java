package org.defencetracker.body;

import java.time.LocalDate;

/**
 * A duty of a body and the act behind it: a grant, or a withdrawal that names in {@code withdrawsId} the grant it
 * closed.
 */
public record MandateView(
        long id,
        long bodyId,
        long actId,
        MandateChange change,
        String duty,
        LocalDate validFrom,
        LocalDate validTo,
        Long withdrawsId) {

    public MandateView(
            long id,
            long bodyId,
            long actId,
            MandateChange change,
            String duty,
            LocalDate validFrom,
            LocalDate validTo) {
        this(id, bodyId, actId, change, duty, validFrom, validTo, null);
    }

    public boolean isValidOn(LocalDate date) {
        return change == MandateChange.GRANTED
                && !validFrom.isAfter(date)
                && (validTo == null || !validTo.isBefore(date));
    }
}
