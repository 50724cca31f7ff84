package org.defencetracker.search;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A search's query parameters, as the search page and the JSON API read them: the words, one kind of record, and
 * the page (from 1). What cannot be used is refused with the parameter's name (see {@code ParameterRefusal}).
 */
public record SearchQuery(
        @Parameter(description = "words in web-search syntax: \"a phrase\", -word, or; at most 200 characters")
        @Size(max = SearchService.MAX_WORDS_LENGTH, message = "error.parameter.length")
        // Control characters other than blanks belong to no text a record holds.
        @Pattern(regexp = "[^\\x00-\\x08\\x0E-\\x1B\\x7F-\\x9F]*", message = "error.parameter.format")
        String q,

        @Parameter(description = "one kind of record; every kind when not given")
        @Schema(
                type = "string",
                allowableValues = {"act", "body", "incident", "statement", "source"})
        SearchKind kind,

        @Parameter(description = "page of 20 results")
        @Schema(defaultValue = "1")
        @Min(value = 1, message = "error.parameter.searchPage")
        @Max(value = SearchService.MAX_PAGE, message = "error.parameter.searchPage")
        Integer page) {

    public SearchQuery {
        q = q == null ? "" : q.strip();
    }

    public int pageNumber() {
        return page == null ? 1 : page;
    }
}
