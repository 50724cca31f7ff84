package org.defencetracker.incident.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.defencetracker.incident.IncidentChecks;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.incident.RecordIncident;
import org.defencetracker.shared.ListTotals;
import org.defencetracker.shared.web.api.ApiCollections;
import org.defencetracker.shared.web.api.ApiLists;
import org.defencetracker.shared.web.api.ApiPage;
import org.defencetracker.shared.web.api.ApiParameters;
import org.defencetracker.shared.web.api.ApiWrites;
import org.defencetracker.timeline.TimelineCursor;
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

/** Incidents: read by anyone who may read the site, recorded and corrected by editors with the form's rules. */
@RestController
@Tag(name = "Incidents", description = "Security incidents with their sources and statements")
@RequestMapping("/api/v1/incidents")
class IncidentApiController {

    private static final int PAGE_SIZE = 100;

    private final IncidentService incidents;
    private final IncidentChecks checks;
    private final ApiWrites writes;
    private final ApiLists lists;

    IncidentApiController(IncidentService incidents, IncidentChecks checks, ApiCollections api) {
        this.incidents = incidents;
        this.checks = checks;
        this.writes = api.writes("/api/v1/incidents");
        this.lists = api.lists("/api/v1/incidents");
    }

    /**
     * The incidents in the lists, newest first, {@code size} (1–200, default 100) at a time: a {@code Link} header
     * with {@code rel="next"} gives the address of the next page, {@code before} the position it starts after.
     * With {@code changedSince}, every incident changed since, archived too, oldest change first, in one answer.
     */
    @GetMapping
    @Operation(operationId = "listIncidents", summary = "The incidents, newest recorded first, a page at a time")
    ResponseEntity<ApiPage<IncidentJson>> list(
            @RequestParam(required = false) String changedSince,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String size) {
        return lists.changedSince(changedSince, incidents::changedSince, IncidentJson::of)
                .orElseGet(() -> page(before, size));
    }

    private ResponseEntity<ApiPage<IncidentJson>> page(String before, String size) {
        TimelineCursor position = ApiParameters.cursor(before, TimelineCursor::parse);
        int pageSize = ApiParameters.size(size, PAGE_SIZE);
        // One more than asked tells whether there is a next page.
        List<IncidentView> found = incidents.newest(
                position == null ? null : position.date(), position == null ? null : position.id(), pageSize + 1);
        String next = null;
        if (found.size() > pageSize) {
            found = found.subList(0, pageSize);
            IncidentView last = found.get(pageSize - 1);
            next = new TimelineCursor(last.date().start(), last.id()).toString();
        }
        return lists.page(
                found.stream().map(IncidentJson::of).toList(),
                next,
                ApiParameters.sizeQuery(size, pageSize),
                ListTotals.Listed.INCIDENTS);
    }

    /** The incident with its claim ledger. */
    @GetMapping("/{id}")
    @Operation(operationId = "getIncident", summary = "An incident with its sources and statements")
    IncidentJson show(@PathVariable long id) {
        return IncidentJson.of(incidents.get(id), incidents.ledger(id));
    }

    /**
     * Records an incident; one dated the same in the same region already on record answers 409 naming it, unless
     * {@code confirmDuplicate} is set.
     */
    @PostMapping
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "createIncident", summary = "Record an incident")
    ResponseEntity<IncidentJson> create(@RequestBody IncidentInput body) throws BindException {
        ApiWrites.Checked<RecordIncident> checked = writes.check(body, errors -> checks.read(body, Set.of(), errors));
        if (!body.isConfirmDuplicate()) {
            List<IncidentView> duplicates = incidents.likelyDuplicates(checked.command());
            if (!duplicates.isEmpty()) {
                throw ApiWrites.conflict(
                        "Incidents dated the same in the same region are on record already; send confirmDuplicate"
                                + " to record this one anyway.",
                        "duplicates",
                        duplicates.stream().map(IncidentView::id).toList());
            }
        }
        IncidentView saved = checked.save(incidents::record);
        return writes.created(saved.id(), IncidentJson.of(saved));
    }

    @PutMapping("/{id}")
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "updateIncident", summary = "Correct an incident")
    IncidentJson update(@PathVariable long id, @RequestBody IncidentInput body) throws BindException {
        IncidentView incident = incidents.get(id);
        Set<Long> cited = new LinkedHashSet<>();
        incident.sources().forEach(s -> cited.add(s.id()));
        return writes.checkUpdate(body, errors -> checks.read(body, cited, errors))
                .save(command -> IncidentJson.of(incidents.update(id, body.version(), command)));
    }
}
