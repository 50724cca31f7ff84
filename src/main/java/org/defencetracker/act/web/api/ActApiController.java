package org.defencetracker.act.web.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.shared.web.api.ApiParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Legal acts, read by anyone who may read the site. */
@RestController
@RequestMapping("/api/v1/acts")
class ActApiController {

    private final ActService acts;
    private final Clock clock;

    ActApiController(ActService acts, Clock clock) {
        this.acts = acts;
        this.clock = clock;
    }

    /**
     * The acts on record, newest first, of one {@code kind} if given; with {@code changedSince}, every act changed
     * since, archived too, oldest change first.
     */
    @GetMapping
    List<ActJson> list(
            @RequestParam(required = false) ActKind kind, @RequestParam(required = false) String changedSince) {
        Instant since = ApiParameters.changedSince(changedSince, clock);
        List<ActView> found = since == null
                ? acts.list(kind)
                : acts.changedSince(since).stream()
                        .filter(act -> kind == null || act.kind() == kind)
                        .toList();
        return found.stream().map(ActJson::of).toList();
    }

    @GetMapping("/{id}")
    ActJson show(@PathVariable long id) {
        return ActJson.of(acts.get(id));
    }
}
