package org.defencetracker.search.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.defencetracker.search.SearchQuery;
import org.defencetracker.search.SearchService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The search page's results as JSON, with its parameters and the same refusals. */
@RestController
@Tag(name = "Search", description = "Words across every kind of record")
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(operationId = "search", summary = "Search every kind of record by words")
    SearchJson search(@Valid @ParameterObject SearchQuery query) {
        return SearchJson.of(search.search(query.q(), query.kind(), query.pageNumber()));
    }
}
