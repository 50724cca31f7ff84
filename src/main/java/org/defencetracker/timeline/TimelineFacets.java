package org.defencetracker.timeline;

import java.util.List;
import java.util.Map;

/**
 * How many entries each option of each filter would give, the other filters staying as they are ("facet counts"),
 * and the total of the current filter.
 *
 * @param estimated whether the filter's words match more entries than were counted: the total is then a lower bound
 *     (shown as "10,000+"), and the options' counts are those of the first entries found
 */
public record TimelineFacets(
        long total,
        Map<EntryKind, Long> kinds,
        List<Option> bodies,
        List<Option> regions,
        List<Option> origins,
        Map<String, Long> attributions,
        boolean estimated) {

    /** One option of a filter: its value in the address, its label and its count. */
    public record Option(String value, String label, long count) {}
}
