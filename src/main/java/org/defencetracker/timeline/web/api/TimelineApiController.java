package org.defencetracker.timeline.web.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import org.defencetracker.timeline.TimelineQueries;
import org.defencetracker.timeline.web.TimelineRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timeline, read by anyone who may read the site, with the filters of the timeline page and the same
 * refusals: {@code from}, {@code to}, {@code kind}, {@code body}, {@code region}, {@code origin},
 * {@code attribution}, {@code q}, {@code recordedOn}, {@code at}, and the cursors {@code before}, {@code after}
 * with the page {@code size} (1 to 200, 50 when not given).
 */
@RestController
class TimelineApiController {

    private final TimelineQueries timeline;
    private final Clock clock;

    TimelineApiController(TimelineQueries timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    @GetMapping("/api/v1/timeline")
    TimelineJson page(
            @Parameter(
                            description =
                                    "from, to, kind, body, region, origin, attribution, q, recordedOn, at, before,"
                                            + " after, size: as on the timeline page")
                    @RequestParam
                    MultiValueMap<String, String> params) {
        TimelineRequest request = TimelineRequest.parse(params, clock);
        return TimelineJson.of(timeline.page(request.filter(), request.before(), request.after(), request.size()));
    }
}
