package org.defencetracker.timeline;

import java.time.Instant;
import java.util.List;
import org.defencetracker.shared.FuzzyDate;

/** One entry of the timeline as read. */
public record TimelineEntry(
        long id,
        String key,
        EntryKind kind,
        String subtype,
        FuzzyDate date,
        String title,
        String summary,
        String path,
        Long bodyId,
        String bodyName,
        Place place,
        String origin,
        String attribution,
        List<Citation> sources,
        Instant recordedAt) {

    /** The same entry citing these sources. */
    public TimelineEntry withSources(List<Citation> cited) {
        return new TimelineEntry(
                id,
                key,
                kind,
                subtype,
                date,
                title,
                summary,
                path,
                bodyId,
                bodyName,
                place,
                origin,
                attribution,
                List.copyOf(cited),
                recordedAt);
    }

    public String regionCode() {
        return place == null ? null : place.regionCode();
    }
}
