package org.defencetracker.search.web;

import jakarta.validation.Valid;
import org.defencetracker.search.SearchKind;
import org.defencetracker.search.SearchQuery;
import org.defencetracker.search.SearchResults;
import org.defencetracker.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String show(@Valid @ModelAttribute SearchQuery query, Model model) {
        SearchRequest request = SearchRequest.of(query);
        model.addAttribute("query", request);
        model.addAttribute("kinds", SearchKind.values());
        model.addAttribute("searchWords", request.words());
        if (!request.isEmpty()) {
            SearchResults results = search.search(request.words(), request.kind(), request.page());
            model.addAttribute("results", results);
            model.addAttribute(
                    "suggestionAddress",
                    results.suggestion() == null ? null : SearchRequest.address(results.suggestion()));
            model.addAttribute("moreAddress", results.more() ? request.pageAddress(request.page() + 1) : null);
            model.addAttribute("previousAddress", request.page() > 1 ? request.pageAddress(request.page() - 1) : null);
        }
        return "search/index";
    }
}
