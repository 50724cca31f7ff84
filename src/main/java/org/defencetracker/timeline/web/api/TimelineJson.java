package org.defencetracker.timeline.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.defencetracker.shared.web.api.ApiDate;
import org.defencetracker.shared.web.api.ApiPage;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.Place;
import org.defencetracker.timeline.TimelineCursor;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelinePage;

/**
 * A page of the timeline, newest first, as the API's one page shape: {@code next} is the cursor of the older page
 * (send it as {@code before}), {@code previous} that of the newer page (send it as {@code after}); each is null where
 * there is no such page. No total: counting a filtered timeline would cost more than its page.
 */
final class TimelineJson {

    private TimelineJson() {}

    /** One entry; {@code path} is the page of the record it stands for. */
    @Schema(name = "TimelineEntry")
    record Entry(
            long id,
            String key,
            EntryKind kind,
            String subtype,
            ApiDate date,
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

        static Entry of(TimelineEntry entry) {
            return new Entry(
                    entry.id(),
                    entry.key(),
                    entry.kind(),
                    entry.subtype(),
                    ApiDate.of(entry.date()),
                    entry.title(),
                    entry.summary(),
                    entry.path(),
                    entry.bodyId(),
                    entry.bodyName(),
                    entry.place(),
                    entry.origin(),
                    entry.attribution(),
                    entry.sources(),
                    entry.recordedAt());
        }
    }

    static ApiPage<Entry> of(TimelinePage page) {
        return ApiPage.of(
                page.entries().stream().map(Entry::of).toList(), text(page.older()), text(page.newer()), null);
    }

    private static String text(TimelineCursor cursor) {
        return cursor == null ? null : cursor.toString();
    }
}
