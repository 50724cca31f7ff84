package org.defencetracker.act.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.defencetracker.act.ActChecks;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActLists;
import org.defencetracker.act.ActPage;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.ActWriter;
import org.defencetracker.act.DuplicateOfficialNumberException;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateService;
import org.defencetracker.shared.ListTotals;
import org.defencetracker.shared.web.api.ApiCollections;
import org.defencetracker.shared.web.api.ApiLists;
import org.defencetracker.shared.web.api.ApiPage;
import org.defencetracker.shared.web.api.ApiParameters;
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
 * Legal acts: read by anyone who may read the site, issued and corrected by editors with the form's rules, the
 * duties they grant included.
 */
@RestController
@Tag(name = "Acts", description = "Decrees, laws, resolutions and orders with their stages and duties")
@RequestMapping("/api/v1/acts")
class ActApiController {

    private static final int PAGE_SIZE = 100;

    private final ActService acts;
    private final MandateService mandates;
    private final ActChecks checks;
    private final ActWriter writer;
    private final ActLists lists;
    private final ApiWrites writes;
    private final ApiLists apiLists;

    ActApiController(
            ActService acts,
            ActLists lists,
            MandateService mandates,
            ActChecks checks,
            ActWriter writer,
            ApiCollections api) {
        this.acts = acts;
        this.lists = lists;
        this.mandates = mandates;
        this.checks = checks;
        this.writer = writer;
        this.writes = api.writes("/api/v1/acts")
                .refusing(DuplicateOfficialNumberException.class, "officialNumber", "act.duplicateNumber");
        this.apiLists = api.lists("/api/v1/acts");
    }

    /**
     * The acts in the lists, newest recorded first, of one {@code kind} if given, {@code size} (1–200, default 100) at
     * a time: a {@code Link} header with {@code rel="next"} gives the address of the next page, {@code before} the
     * act it starts after. With {@code changedSince}, every act changed since, archived too, oldest change first, in
     * one answer.
     */
    @GetMapping
    @Operation(operationId = "listActs", summary = "The acts, newest recorded first, a page at a time")
    ResponseEntity<ApiPage<ActJson>> list(
            @RequestParam(required = false) ActKind kind,
            @RequestParam(required = false) String changedSince,
            @RequestParam(required = false) Long before,
            @RequestParam(required = false) String size) {
        return apiLists.changedSince(
                        changedSince,
                        since -> acts.changedSince(since).stream()
                                .filter(act -> kind == null || act.kind() == kind)
                                .toList(),
                        ActJson::of)
                .orElseGet(() -> page(kind, before, size));
    }

    private ResponseEntity<ApiPage<ActJson>> page(ActKind kind, Long before, String size) {
        int pageSize = ApiParameters.size(size, PAGE_SIZE);
        ActPage page = lists.page(kind, before, pageSize);
        // The total is cheap only for the whole list, not for one kind of act.
        return apiLists.page(
                page.acts().stream().map(ActJson::of).toList(),
                page.older() == null ? null : page.older().toString(),
                (kind == null ? "" : "&kind=" + kind) + ApiParameters.sizeQuery(size, pageSize),
                kind == null ? ListTotals.Listed.ACTS : null);
    }

    /** The act with its stages and the duties it grants or withdraws. */
    @GetMapping("/{id}")
    @Operation(operationId = "getAct", summary = "An act with its stages, duties, relations and sources")
    ActJson show(@PathVariable long id) {
        return ActJson.of(acts.get(id), mandates.ofAct(id));
    }

    @PostMapping
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "createAct", summary = "Record an act with its stages and duties")
    ResponseEntity<ActJson> create(@RequestBody ActInput body) throws BindException {
        ActView saved = writes.check(body, errors -> checks.read(body, errors)).save(writer::issue);
        return writes.created(saved.id(), ActJson.of(saved, mandates.ofAct(saved.id())));
    }

    /** Corrects an act; an edit of an older version than the saved one answers 409 and changes nothing. */
    @PutMapping("/{id}")
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "updateAct", summary = "Correct an act")
    ActJson update(@PathVariable long id, @RequestBody ActInput body) throws BindException {
        ActView act = acts.get(id);
        List<ActInput.Duty> granted = mandates.ofAct(id).stream()
                .filter(m -> m.change() == MandateChange.GRANTED)
                .map(m -> new ActInput.Duty(m.id(), m.bodyId(), m.duty(), m.validFrom(), m.validTo()))
                .toList();
        ActInput kept = body.keeping(act.sourceIds(), granted);
        return writes.checkUpdate(kept, errors -> checks.read(kept, errors)).save(checked -> {
            writer.update(id, kept.version(), checked);
            return ActJson.of(acts.get(id), mandates.ofAct(id));
        });
    }
}
