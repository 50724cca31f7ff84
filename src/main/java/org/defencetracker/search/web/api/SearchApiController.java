package org.defencetracker.search.web.api;

import io.swagger.v3.oas.annotations.Parameter;
import org.defencetracker.search.SearchService;
import org.defencetracker.search.web.SearchRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search page's results as JSON, with its parameters and the same refusals. */
@RestController
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    SearchJson search(
            @Parameter(description = "words in web-search syntax: \"a phrase\", -word, or; at most 200 characters")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "act, body, incident, statement or source; every kind when not given")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "page of 20 results, from 1 to 50") @RequestParam(required = false) String page) {
        SearchRequest request = SearchRequest.parse(q, kind, page);
        return SearchJson.of(search.search(request.words(), request.kind(), request.page()));
    }
}
