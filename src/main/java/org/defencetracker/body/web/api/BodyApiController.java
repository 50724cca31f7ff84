package org.defencetracker.body.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.MandateService;
import org.defencetracker.shared.web.Dates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Government bodies and what they were charged with on a day, read by anyone who may read the site. */
@RestController
@RequestMapping("/api/v1/bodies")
class BodyApiController {

    private final BodyService bodies;
    private final MandateService mandates;
    private final Clock clock;

    BodyApiController(BodyService bodies, MandateService mandates, Clock clock) {
        this.bodies = bodies;
        this.mandates = mandates;
        this.clock = clock;
    }

    @GetMapping
    List<BodyJson> list() {
        return bodies.all().stream().map(BodyJson::of).toList();
    }

    /** The body with its mandate as of {@code asOf} (YYYY-MM-DD), today when not given. */
    @GetMapping("/{id}")
    BodyJson show(@PathVariable long id, @RequestParam(required = false) String asOf) {
        LocalDate day = Dates.parameter("asOf", asOf);
        LocalDate date = day == null ? LocalDate.now(clock) : day;
        return BodyJson.of(bodies.get(id), date, mandates.asOf(id, date));
    }
}
