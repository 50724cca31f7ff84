package org.defencetracker.timeline.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.defencetracker.shared.web.api.ApiPage;
import org.defencetracker.timeline.RecordedOn;
import org.defencetracker.timeline.TimelineCursor;
import org.defencetracker.timeline.TimelineQueries;
import org.defencetracker.timeline.TimelineQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timeline, read by anyone who may read the site, with the filters of the timeline page and the same refusals,
 * and the cursors {@code before}, {@code after} with the page {@code size} (1 to 200, 50 when not given).
 */
@RestController
@Tag(name = "Timeline", description = "The one chronological timeline, filtered and paged")
class TimelineApiController {

    static {
        // A cursor ("2025-09-14.42") and a day or minute recorded on ("2025-09-14T10:30") are each written as one
        // word: a parameter of its own, not its parts.
        SpringDocUtils.getConfig().addSimpleTypesForParameterObject(TimelineCursor.class, RecordedOn.class);
    }

    private final TimelineQueries timeline;
    private final Clock clock;

    TimelineApiController(TimelineQueries timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    @GetMapping("/api/v1/timeline")
    @Operation(operationId = "getTimeline", summary = "A page of the timeline, filtered")
    ApiPage<TimelineJson.Entry> page(@Valid @ParameterObject TimelineQuery query) {
        return TimelineJson.of(timeline.page(query.filter(clock), query.olderThan(), query.after(), query.pageSize()));
    }
}
