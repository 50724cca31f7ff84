package org.defencetracker.statement.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.defencetracker.shared.ListTotals;
import org.defencetracker.shared.web.api.ApiCollections;
import org.defencetracker.shared.web.api.ApiLists;
import org.defencetracker.shared.web.api.ApiPage;
import org.defencetracker.shared.web.api.ApiParameters;
import org.defencetracker.shared.web.api.ApiWrites;
import org.defencetracker.statement.SourceChecks;
import org.defencetracker.statement.SourcePage;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
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

/** Sources: read by anyone who may read the site, added and corrected by editors with the form's rules. */
@RestController
@Tag(name = "Sources", description = "Publications the records cite")
@RequestMapping("/api/v1/sources")
class SourceApiController {

    private final SourceService sources;
    private final SourceChecks checks;
    private final ApiWrites writes;
    private final ApiLists lists;

    SourceApiController(SourceService sources, SourceChecks checks, ApiCollections api) {
        this.sources = sources;
        this.checks = checks;
        this.writes = api.writes("/api/v1/sources");
        this.lists = api.lists("/api/v1/sources");
    }

    /**
     * The listed sources, newest publication first (undated last), {@value SourcePage#SIZE} at a time: {@code before}
     * is a page's {@code next}. With {@code changedSince}, every source changed since, archived too, in one answer.
     */
    @GetMapping
    @Operation(operationId = "listSources", summary = "The sources in the lists, a page at a time")
    ResponseEntity<ApiPage<SourceJson>> list(
            @RequestParam(required = false) String changedSince, @RequestParam(required = false) String before) {
        return lists.changedSince(changedSince, sources::changedSince, SourceJson::of)
                .orElseGet(() -> {
                    SourcePage page = sources.page(ApiParameters.cursor(before, SourcePage.Cursor::parse));
                    return lists.page(
                            page.sources().stream().map(SourceJson::of).toList(),
                            page.older(),
                            "",
                            ListTotals.Listed.SOURCES);
                });
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSource", summary = "A source")
    SourceJson show(@PathVariable long id) {
        return SourceJson.of(sources.get(id));
    }

    @PostMapping
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "createSource", summary = "Add a source")
    ResponseEntity<SourceJson> create(@RequestBody SourceInput body) throws BindException {
        SourceView saved =
                writes.check(body, errors -> checks.read(body, errors)).save(sources::create);
        return writes.created(saved.id(), SourceJson.of(saved));
    }

    @PutMapping("/{id}")
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "updateSource", summary = "Correct a source")
    SourceJson update(@PathVariable long id, @RequestBody SourceInput body) throws BindException {
        sources.get(id);
        return writes.checkUpdate(body, errors -> checks.read(body, errors))
                .save(command -> SourceJson.of(sources.update(id, body.version(), command)));
    }
}
