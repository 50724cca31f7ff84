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

    public TimelineFilter withKinds(Set<EntryKind> newKinds) {
        return new TimelineFilter(from, to, newKinds, bodyId, region, origin, attribution, words);
    }

    public TimelineFilter withBody(Long newBodyId) {
        return new TimelineFilter(from, to, kinds, newBodyId, region, origin, attribution, words);
    }

    public TimelineFilter withRegion(String newRegion) {
        return new TimelineFilter(from, to, kinds, bodyId, newRegion, origin, attribution, words);
    }

    public TimelineFilter withOrigin(String newOrigin) {
        return new TimelineFilter(from, to, kinds, bodyId, region, newOrigin, attribution, words);
    }

    public TimelineFilter withAttribution(String newAttribution) {
        return new TimelineFilter(from, to, kinds, bodyId, region, origin, newAttribution, words);
    }

    public TimelineFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new TimelineFilter(newFrom, newTo, kinds, bodyId, region, origin, attribution, words);
    }
}
