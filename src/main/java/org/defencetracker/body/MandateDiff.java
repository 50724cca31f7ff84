package org.defencetracker.body;

import java.time.LocalDate;
import java.util.List;

/**
 * What a body's mandate gained and lost between two dates. A duty an act took away is listed in {@code removed} by
 * its withdrawal (naming the withdrawing act); one whose period ran out, by its grant.
 */
public record MandateDiff(
        LocalDate from, LocalDate to, List<MandateView> added, List<MandateView> removed, List<MandateView> kept) {

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
