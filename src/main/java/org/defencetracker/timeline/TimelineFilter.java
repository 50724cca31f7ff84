package org.defencetracker.timeline;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an analyst narrowed the timeline to; every part is optional. An entry matches a date range when its
 * period (a whole month for a month-precision date) overlaps it.
 */
public record TimelineFilter(
        LocalDate from,
        LocalDate to,
        Set<EntryKind> kinds,
        Long bodyId,
        String region,
        String origin,
        String attribution,
        String words) {

    public static final TimelineFilter NONE = new TimelineFilter(null, null, Set.of(), null, null, null, null, null);

    public TimelineFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
