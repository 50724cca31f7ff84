package org.defencetracker.body.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.defencetracker.body.BodyChecks;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyTree;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.DuplicateBodyNameException;
import org.defencetracker.body.MandateService;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.ListTotals;
import org.defencetracker.shared.web.api.ApiCollections;
import org.defencetracker.shared.web.api.ApiLists;
import org.defencetracker.shared.web.api.ApiPage;
import org.defencetracker.shared.web.api.ApiWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Government bodies and what they were charged with on a day: read by anyone who may read the site, added and
 * corrected by editors with the form's rules.
 */
@RestController
@Tag(name = "Bodies", description = "Government bodies and their mandates as of a day")
@RequestMapping("/api/v1/bodies")
class BodyApiController {

    private final BodyService bodies;
    private final MandateService mandates;
    private final BodyChecks checks;
    private final ApiWrites writes;
    private final Clock clock;
    private final ApiLists lists;

    BodyApiController(BodyService bodies, MandateService mandates, BodyChecks checks, Clock clock, ApiCollections api) {
        this.bodies = bodies;
        this.mandates = mandates;
        this.checks = checks;
        this.writes =
                api.writes("/api/v1/bodies").refusing(DuplicateBodyNameException.class, "nameEn", "body.duplicateName");
        this.clock = clock;
        this.lists = api.lists("/api/v1/bodies");
    }

    /**
     * The listed bodies in the lists' order, {@value BodyTree#SIZE} top-level bodies at a time, each followed by every
     * body under it: {@code before} is a page's {@code next}.
     */
    @GetMapping
    @Operation(operationId = "listBodies", summary = "The bodies in the lists, a page of top-level bodies at a time")
    ResponseEntity<ApiPage<BodyJson>> list(@RequestParam(required = false) Long before) {
        BodyTree tree = bodies.tree(before);
        List<BodyJson> items = new ArrayList<>();
        tree.roots().forEach(root -> addWithParts(root, tree, items));
        String next = tree.next() == null ? null : tree.next().toString();
        return lists.page(items, next, "", ListTotals.Listed.BODIES);
    }

    private static void addWithParts(BodyView body, BodyTree tree, List<BodyJson> items) {
        items.add(BodyJson.of(body));
        tree.childrenOf().getOrDefault(body.id(), List.of()).forEach(part -> addWithParts(part, tree, items));
    }

    /** The body with its mandate as of {@code asOf} (YYYY-MM-DD), today when not given. */
    @GetMapping("/{id}")
    @Operation(operationId = "getBody", summary = "A body with its mandate as of a day")
    BodyJson show(
            @PathVariable long id,
            @Parameter(
                            description = "the day the mandate is read as of; today when not given",
                            schema = @Schema(type = "string", format = "date"))
                    @RequestParam(required = false)
                    String asOf) {
        LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now(clock) : day(asOf);
        return BodyJson.of(bodies.get(id), date, mandates.asOf(id, date));
    }

    @PostMapping
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "createBody", summary = "Add a body")
    ResponseEntity<BodyJson> create(@RequestBody BodyInput body) throws BindException {
        BodyView saved =
                writes.check(body, errors -> checks.read(body, null, errors)).save(bodies::create);
        return writes.created(saved.id(), BodyJson.of(saved));
    }

    /** Corrects a body; an edit of an older version than the saved one answers 409 and changes nothing. */
    @PutMapping("/{id}")
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "updateBody", summary = "Correct a body")
    BodyJson update(@PathVariable long id, @RequestBody BodyInput body) throws BindException {
        bodies.get(id);
        return writes.checkUpdate(body, errors -> checks.read(body, id, errors))
                .save(command -> BodyJson.of(bodies.update(id, body.version(), command)));
    }

    private static LocalDate day(String asOf) {
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException ex) {
            throw new InvalidParameterException("asOf", asOf, "error.parameter.date");
        }
    }
}
