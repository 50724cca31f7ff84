package org.defencetracker.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an analyst narrowed the timeline to; every part is optional. An entry matches a date range when its
 * period (a whole month for a month-precision date) overlaps it.
 *
 * @param recordedAt show the timeline as the database held it at this moment (earlier moments than any recorded
 *     change show nothing of it); null for the timeline as it is now
 */
public record TimelineFilter(
        LocalDate from,
        LocalDate to,
        Set<EntryKind> kinds,
        Long bodyId,
        String region,
        String origin,
        String attribution,
        String words,
        Instant recordedAt) {

    public static final TimelineFilter NONE = new TimelineFilter(null, null, Set.of(), null, null, null, null, null);

    public TimelineFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /** A filter of the timeline as it is now. */
    public TimelineFilter(
            LocalDate from,
            LocalDate to,
            Set<EntryKind> kinds,
            Long bodyId,
            String region,
            String origin,
            String attribution,
            String words) {
        this(from, to, kinds, bodyId, region, origin, attribution, words, null);
    }

    public TimelineFilter withKinds(Set<EntryKind> newKinds) {
        return new TimelineFilter(from, to, newKinds, bodyId, region, origin, attribution, words, recordedAt);
    }

    public TimelineFilter withBody(Long newBodyId) {
        return new TimelineFilter(from, to, kinds, newBodyId, region, origin, attribution, words, recordedAt);
    }

    public TimelineFilter withRegion(String newRegion) {
        return new TimelineFilter(from, to, kinds, bodyId, newRegion, origin, attribution, words, recordedAt);
    }

    public TimelineFilter withOrigin(String newOrigin) {
        return new TimelineFilter(from, to, kinds, bodyId, region, newOrigin, attribution, words, recordedAt);
    }

    public TimelineFilter withAttribution(String newAttribution) {
        return new TimelineFilter(from, to, kinds, bodyId, region, origin, newAttribution, words, recordedAt);
    }

    public TimelineFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new TimelineFilter(newFrom, newTo, kinds, bodyId, region, origin, attribution, words, recordedAt);
    }

    /** This filter narrowed to the days from {@code start} to {@code end}, where its own dates are wider. */
    public TimelineFilter within(LocalDate start, LocalDate end) {
        return withDates(from == null || from.isBefore(start) ? start : from, to == null || to.isAfter(end) ? end : to);
    }

    public TimelineFilter withRecordedAt(Instant moment) {
        return new TimelineFilter(from, to, kinds, bodyId, region, origin, attribution, words, moment);
    }

    /** Whether this is the timeline as recorded at a past moment, read from the entries' history. */
    public boolean isAsRecorded() {
        return recordedAt != null;
    }
}
