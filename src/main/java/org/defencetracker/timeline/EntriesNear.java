package org.defencetracker.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The first entries of some kinds dated within a window (oldest first), as a record's page lists them beside it,
 * and whether the window holds more: those are read on the timeline, filtered to the same window and kinds.
 */
public record EntriesNear(
        List<TimelineEntry> entries, boolean more, LocalDate from, LocalDate to, Set<EntryKind> kinds) {

    /** How many entries a record's page lists; a busy window is read further on the timeline. */
    public static final int SHOWN = 20;

    public EntriesNear {
        entries = List.copyOf(entries);
        kinds = Set.copyOf(kinds);
    }

    /** The timeline filtered to this window and these kinds, oldest entries on its last page. */
    public String timelineAddress() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/timeline")
                .queryParam("from", from)
                .queryParam("to", to);
        kinds.stream().sorted().forEach(k -> uri.queryParam("kind", k.name()));
        return uri.encode().toUriString();
    }
}
