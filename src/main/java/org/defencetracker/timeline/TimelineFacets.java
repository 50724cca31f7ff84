package org.defencetracker.timeline;

import java.util.List;
import java.util.Map;

/**
 * How many entries each option of each filter would give, the other filters staying as they are ("facet counts"),
 * and the total of the current filter.
 */
public record TimelineFacets(
        long total,
        Map<EntryKind, Long> kinds,
        List<Option> bodies,
        List<Option> regions,
        List<Option> origins,
        Map<String, Long> attributions) {

    /** One option of a filter: its value in the address, its label and its count. */
    public record Option(String value, String label, long count) {}
}
