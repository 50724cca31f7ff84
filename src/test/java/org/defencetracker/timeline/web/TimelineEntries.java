package org.defencetracker.timeline.web;

import java.time.Instant;
import java.util.List;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.Place;
import org.defencetracker.timeline.TimelineEntry;

/** Timeline entries for the drawing and export tests: only what a test sets differs from a plain incident. */
final class TimelineEntries {

    static final Instant RECORDED = Instant.parse("2025-10-01T08:00:00.123456Z");

    private TimelineEntries() {}

    static TimelineEntry incident(String title, FuzzyDate date) {
        return entry(EntryKind.INCIDENT, title, date, null);
    }

    static TimelineEntry entry(EntryKind kind, String title, FuzzyDate date, String attribution) {
        return new TimelineEntry(
                1,
                "incident:1",
                kind,
                "DRONE_INCURSION",
                date,
                title,
                null,
                "/incidents/1",
                null,
                null,
                null,
                null,
                attribution,
                List.of(),
                RECORDED,
                false,
                false);
    }

    static TimelineEntry placed(Place place) {
        return new TimelineEntry(
                1,
                "incident:1",
                EntryKind.INCIDENT,
                "DRONE_INCURSION",
                FuzzyDate.day(2025, 9, 14),
                "Drone",
                null,
                "/incidents/1",
                null,
                null,
                place,
                null,
                null,
                List.of(),
                RECORDED,
                false,
                false);
    }

    static TimelineEntry full(String title, String summary, List<Citation> sources) {
        return new TimelineEntry(
                12,
                "incident:12",
                EntryKind.INCIDENT,
                "DRONE_INCURSION",
                FuzzyDate.month(2025, 9).approximately(),
                title,
                summary,
                "/incidents/12",
                3L,
                "Ministry of Defence",
                null,
                "RU",
                "ALLEGED",
                sources,
                RECORDED,
                false,
                false);
    }
}
